import { describe, expect, it } from 'vitest';
import { idsIn, ordneZu, seitenPfad, verweiseIn } from '../../src/lib/messen/verweise.ts';
import { istIndexierbar, istSeite, robotsTxt, seitenUrl, sitemapXml } from '../../src/lib/veroeffentlichen/sitemap.ts';

describe('verweiseIn', () => {
  it('finds links, assets and form targets with their rel, decoding entities', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css">
      <a href='/daten/?a=1&amp;b=2#x' rel="noopener  NoReferrer">x</a>
      <img alt="" src=/bild.svg><form action="/suche/"></form><script type="module" src="/_astro/k.js"></script>`;
    expect(verweiseIn(html)).toEqual([
      { tag: 'link', attribut: 'href', wert: '/_astro/a.css', rel: ['stylesheet'] },
      { tag: 'a', attribut: 'href', wert: '/daten/?a=1&b=2#x', rel: ['noopener', 'noreferrer'] },
      { tag: 'img', attribut: 'src', wert: '/bild.svg', rel: [] },
      { tag: 'form', attribut: 'action', wert: '/suche/', rel: [] },
      { tag: 'script', attribut: 'src', wert: '/_astro/k.js', rel: [] },
    ]);
  });

  it('ignores what only looks like a tag inside scripts, styles and comments', () => {
    expect(
      verweiseIn(
        '<!-- <a href="/alt/"> --><script>const s = "<a href=\'/x/\'>";</script><style>a[href="/y/"]{}</style>',
      ),
    ).toEqual([]);
  });
});

describe('idsIn', () => {
  it('collects every id on the page', () => {
    expect([...idsIn('<main id="inhalt"><h2 class="x" id="tabelle-strukturen">T</h2><p data-id="nicht">')]).toEqual([
      'inhalt',
      'tabelle-strukturen',
    ]);
  });
});

describe('ordneZu', () => {
  const umgebung = { site: 'https://example.org', basis: '/atlas/' };
  it('maps internal addresses to files below dist/, relative, absolute and with fragment', () => {
    expect(ordneZu('/atlas/daten/', '/atlas/', umgebung)).toEqual({
      art: 'intern',
      datei: 'daten/index.html',
      fragment: undefined,
    });
    expect(ordneZu('../gesetz/#korrigieren', '/atlas/daten/', umgebung)).toEqual({
      art: 'intern',
      datei: 'gesetz/index.html',
      fragment: 'korrigieren',
    });
    expect(ordneZu('/atlas/daten/strukturen.csv', '/atlas/', umgebung)).toEqual({
      art: 'intern',
      datei: 'daten/strukturen.csv',
      fragment: undefined,
    });
    expect(ordneZu('#inhalt', '/atlas/quellen/', umgebung)).toEqual({
      art: 'intern',
      datei: 'quellen/index.html',
      fragment: 'inhalt',
    });
    expect(ordneZu('https://example.org/atlas/', '/atlas/daten/', umgebung)).toEqual({
      art: 'intern',
      datei: 'index.html',
      fragment: undefined,
    });
  });

  it('tells a link that forgot the base path from one to another website', () => {
    expect(ordneZu('/daten/', '/atlas/', umgebung)).toEqual({ art: 'ausserhalb', pfad: '/daten/' });
    expect(ordneZu('https://www.bkg.bund.de', '/atlas/', umgebung)).toEqual({
      art: 'extern',
      url: 'https://www.bkg.bund.de/',
    });
  });

  it('allows mailto: and tel:, and flags script and data addresses', () => {
    expect(ordneZu('mailto:a@example.org', '/atlas/', umgebung)).toMatchObject({ art: 'schema', erlaubt: true });
    expect(ordneZu('javascript:alert(1)', '/atlas/', umgebung)).toMatchObject({
      art: 'schema',
      schema: 'javascript:',
      erlaubt: false,
    });
    expect(ordneZu('data:text/html,x', '/atlas/', umgebung)).toMatchObject({ art: 'schema', erlaubt: false });
  });
});

describe('seitenPfad', () => {
  it('gives the address a built file is served under', () => {
    expect(seitenPfad('daten/index.html', '/atlas/')).toBe('/atlas/daten/');
    expect(seitenPfad('index.html', '/')).toBe('/');
    expect(seitenPfad('404.html', '/')).toBe('/404.html');
  });
});

describe('sitemap', () => {
  it('lists HTML pages only, not downloads or the 404 page', () => {
    expect(
      ['', 'daten/', 'daten/strukturen.csv', '404/', 'robots.txt', 'gesetz/leichte-sprache/'].filter(istSeite),
    ).toEqual(['', 'daten/', 'gesetz/leichte-sprache/']);
  });

  it('leaves out pages marked noindex', () => {
    expect(istIndexierbar('<head><meta name="robots" content="noindex" /></head>')).toBe(false);
    expect(istIndexierbar("<meta content='noindex, nofollow' name='robots'>")).toBe(false);
    expect(
      istIndexierbar('<meta name="description" content="noindex im Text"><meta name="robots" content="index">'),
    ).toBe(true);
  });

  it('builds absolute URLs under site and base path', () => {
    expect(seitenUrl('https://example.org', '/atlas/', 'daten/')).toBe('https://example.org/atlas/daten/');
    expect(seitenUrl('https://example.org/', '/atlas', '')).toBe('https://example.org/atlas/');
    expect(seitenUrl('https://example.org', '/', 'sitemap.xml')).toBe('https://example.org/sitemap.xml');
  });

  it('writes a sorted urlset without duplicates, escaping XML', () => {
    expect(sitemapXml(['https://x.org/b/', 'https://x.org/a/?q=1&r=2', 'https://x.org/b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  ' +
        '<url><loc>https://x.org/a/?q=1&amp;r=2</loc></url>\n  <url><loc>https://x.org/b/</loc></url>\n</urlset>\n',
    );
  });

  it('names the sitemap in robots.txt', () => {
    expect(robotsTxt('https://x.org/atlas/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.org/atlas/sitemap.xml\n',
    );
  });
});
