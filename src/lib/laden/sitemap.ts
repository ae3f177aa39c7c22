import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { istIndexierbar, istSeite, seitenUrl, sitemapXml } from '../veroeffentlichen/sitemap.ts';

/**
 * Writes dist/sitemap.xml after the build from the pages Astro actually built, leaving out those
 * marked noindex, with the site URL and base path of astro.config.mjs (SITE_URL, BASE_PATH).
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
        const html = (p: string) => fs.readFileSync(new URL(`${p.replace(/^\/+/, '')}index.html`, dir), 'utf8');
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => istSeite(p) && istIndexierbar(html(p)))
          .map((p) => seitenUrl(site, basis, p));
        fs.writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
        logger.info(`sitemap.xml mit ${urls.length} Seiten geschrieben`);
      },
    },
  };
}
