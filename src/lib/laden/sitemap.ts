import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { istSeite, seitenUrl, sitemapXml } from '../sitemap.ts';

/**
 * Writes dist/sitemap.xml after the build from the pages Astro actually built, with the site URL
 * and base path of astro.config.mjs (SITE_URL, BASE_PATH).
 */
export function sitemap(): AstroIntegration {
  let site = '';
  let basis = '/';
  return {
    name: 'integrationsatlas-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        basis = config.base;
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        if (!site) throw new Error('sitemap.xml braucht die Website-Adresse (site in astro.config.mjs)');
        const urls = pages.map((p) => p.pathname).filter(istSeite).map((p) => seitenUrl(site, basis, p));
        fs.writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
        logger.info(`sitemap.xml mit ${urls.length} Seiten geschrieben`);
      },
    },
  };
}
