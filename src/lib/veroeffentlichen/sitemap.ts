/**
 * sitemap.xml and robots.txt. The sitemap lists every HTML page of the build that may be indexed
 * (so pages added by any section appear without registering them), as absolute URLs under the
 * site and base path.
 */

/** Pages worth listing: HTML routes ("" or ending in "/"), not downloads and not the 404 page. */
export function istSeite(pfad: string): boolean {
  const p = pfad.replace(/^\/+/, '');
  return (p === '' || p.endsWith('/')) && p !== '404/';
}

/** False for a page that asks not to be indexed (`<meta name="robots" content="noindex">`): 404, embed views. */
export function istIndexierbar(html: string): boolean {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (/\bname\s*=\s*["']?robots["']?/i.test(tag) && /\bcontent\s*=\s*["'][^"']*\bnoindex\b/i.test(tag)) return false;
  }
  return true;
}

/** Absolute URL of a page path as Astro's build reports it ("" or "daten/", without the base). */
export function seitenUrl(site: string, basis: string, pfad: string): string {
  const b = basis.endsWith('/') ? basis : `${basis}/`;
  return new URL(`${b}${pfad.replace(/^\/+/, '')}`, site).href;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The sitemap protocol's urlset, sorted so the file is stable between builds. */
export function sitemapXml(urls: readonly string[]): string {
  const eintraege = [...new Set(urls)].sort().map((u) => `  <url><loc>${xml(u)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...eintraege,
    '</urlset>',
    '',
  ].join('\n');
}

/** Allows everything and names the sitemap. Crawlers read robots.txt only at the root of a host. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
