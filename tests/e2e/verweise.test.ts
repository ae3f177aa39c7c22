import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { idsIn, ordneZu, seitenPfad, verweiseIn } from '../../src/lib/messen/verweise.ts';
import { istIndexierbar } from '../../src/lib/veroeffentlichen/sitemap.ts';
import { pruefbau } from './varianten.ts';

// Link check over every built page, once as CI builds (base "/") and once under a base path as
// GitHub Pages serves a project site. Cheap per page, so no sample: all pages, all links.

/**
 * Sections other issues build that pages here already link: Integrationsfonds, Entwicklung,
 * Musterabfrage (navigation) and the Gebiet pages (map and table). While a section has no page at
 * all in the build, links into it are tolerated; as soon as one page of it exists, every link into
 * it must resolve like any other.
 */
const NOCH_NICHT_GEBAUT = ['integrationsfonds/', 'entwicklung/', 'musterabfrage/', 'gemeinde/', 'amt/', 'kreis/'];

interface Bau {
  dist: string;
  site: string;
  basis: string;
}

function dateienIn(dist: string): string[] {
  const dateien: string[] = [];
  const besuche = (ordner: string) => {
    for (const e of fs.readdirSync(ordner, { withFileTypes: true })) {
      const voll = path.join(ordner, e.name);
      if (e.isDirectory()) besuche(voll);
      else dateien.push(path.relative(dist, voll).split(path.sep).join('/'));
    }
  };
  besuche(dist);
  return dateien.sort();
}

/** Every broken or unsafe link of a build, as "page: address – problem". */
function pruefeVerweise(bau: Bau): { probleme: string[]; verweise: number; seiten: number } {
  const dateien = new Set(dateienIn(bau.dist));
  const seiten = [...dateien].filter((d) => d.endsWith('.html'));
  const fehlenderBereich = (datei: string) =>
    NOCH_NICHT_GEBAUT.some((b) => datei.startsWith(b) && !seiten.some((s) => s.startsWith(b)));
  const ids = new Map<string, Set<string>>();
  const idsVon = (datei: string) =>
    ids.get(datei) ?? ids.set(datei, idsIn(fs.readFileSync(path.join(bau.dist, datei), 'utf8'))).get(datei)!;
  const probleme: string[] = [];
  let verweise = 0;
  for (const seite of seiten) {
    for (const v of verweiseIn(fs.readFileSync(path.join(bau.dist, seite), 'utf8'))) {
      verweise++;
      const ziel = ordneZu(v.wert, seitenPfad(seite, bau.basis), bau);
      const melde = (problem: string) => probleme.push(`${seite}: <${v.tag} ${v.attribut}="${v.wert}"> – ${problem}`);
      switch (ziel.art) {
        case 'intern':
          if (!dateien.has(ziel.datei)) {
            if (!fehlenderBereich(ziel.datei)) melde(`${ziel.datei} gibt es nicht`);
          } else if (ziel.fragment && ziel.datei.endsWith('.html') && !idsVon(ziel.datei).has(ziel.fragment))
            melde(`#${ziel.fragment} gibt es auf ${ziel.datei} nicht`);
          break;
        case 'ausserhalb':
          melde(`liegt außerhalb des Basispfads ${bau.basis}`);
          break;
        case 'schema':
          if (!ziel.erlaubt) melde(`unerlaubtes Schema ${ziel.schema}`);
          break;
        case 'extern':
          if (v.tag !== 'a') melde('lädt etwas von einer anderen Website');
          else if (!v.rel.includes('noopener') || !v.rel.includes('noreferrer'))
            melde('externer Link ohne rel="noopener noreferrer"');
          break;
      }
    }
  }
  return { probleme, verweise, seiten: seiten.length };
}

/** Pages meant to be found: all HTML pages except those marked noindex (404, embed views). */
function indexierbareSeiten(dist: string): string[] {
  return dateienIn(dist).filter(
    (d) => d.endsWith('.html') && istIndexierbar(fs.readFileSync(path.join(dist, d), 'utf8')),
  );
}

/** sitemap.xml against the build: every URL exists, every indexable page is listed. */
function pruefeSitemap(bau: Bau): string[] {
  const xml = fs.readFileSync(path.join(bau.dist, 'sitemap.xml'), 'utf8');
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const probleme: string[] = [];
  const gelistet = new Set<string>();
  for (const url of urls) {
    const ziel = ordneZu(url, bau.basis, bau);
    if (ziel.art !== 'intern') probleme.push(`${url}: nicht unter ${bau.site}${bau.basis}`);
    else if (!fs.existsSync(path.join(bau.dist, ziel.datei))) probleme.push(`${url}: ${ziel.datei} fehlt in dist`);
    else gelistet.add(ziel.datei);
  }
  // Read every page once: with ~1,600 Gebiet pages, reading them again per listed URL takes minutes.
  const indexierbar = new Set(indexierbareSeiten(bau.dist));
  for (const seite of indexierbar) if (!gelistet.has(seite)) probleme.push(`${seite} fehlt in sitemap.xml`);
  for (const seite of gelistet)
    if (!indexierbar.has(seite)) probleme.push(`${seite} ist noindex, steht aber in sitemap.xml`);
  return probleme;
}

const standard = (): Bau => ({ dist: inject('dist'), site: 'https://integrationsatlas-mv.github.io', basis: '/' });
let mitBasis: Bau;

beforeAll(async () => {
  // The shared variant: fixture data, served under a base path as GitHub Pages serves a project site.
  const { dist, site, basis } = await pruefbau();
  mitBasis = { dist, site, basis };
}, 300_000);

describe('links over all built pages', () => {
  it('resolve, stay below the base path and mark every external link noopener noreferrer (base /)', () => {
    const { probleme, verweise, seiten } = pruefeVerweise(standard());
    expect(seiten).toBeGreaterThan(5);
    expect(verweise).toBeGreaterThan(seiten * 10);
    expect(probleme).toEqual([]);
  });

  it('do the same when the site is served under a base path', () => {
    const { probleme, seiten } = pruefeVerweise(mitBasis);
    expect(seiten).toBe(dateienIn(standard().dist).filter((d) => d.endsWith('.html')).length);
    expect(probleme).toEqual([]);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('list every page and only pages that exist', () => {
    expect(pruefeSitemap(standard())).toEqual([]);
    expect(pruefeSitemap(mitBasis)).toEqual([]);
  });

  it('point to the sitemap under site and base path', () => {
    expect(fs.readFileSync(path.join(mitBasis.dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://beispiel.example/integrationsatlas/sitemap.xml\n',
    );
    expect(fs.readFileSync(path.join(standard().dist, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://integrationsatlas-mv.github.io/sitemap.xml\n',
    );
  });
});

describe('navigation', () => {
  it('reaches every section within two clicks from the start page', () => {
    const bau = standard();
    const erreicht = new Set(['index.html']);
    let rand = ['index.html'];
    for (let klick = 0; klick < 2; klick++) {
      const naechste: string[] = [];
      for (const seite of rand) {
        for (const v of verweiseIn(fs.readFileSync(path.join(bau.dist, seite), 'utf8'))) {
          const ziel = ordneZu(v.wert, seitenPfad(seite, bau.basis), bau);
          if (
            v.tag === 'a' &&
            ziel.art === 'intern' &&
            ziel.datei.endsWith('.html') &&
            !erreicht.has(ziel.datei) &&
            fs.existsSync(path.join(bau.dist, ziel.datei))
          ) {
            erreicht.add(ziel.datei);
            naechste.push(ziel.datei);
          }
        }
      }
      rand = naechste;
    }
    const seiten = indexierbareSeiten(bau.dist);
    const bereiche = new Set(seiten.map((s) => (s.includes('/') ? s.split('/')[0]! : '')));
    const fehlend = [...bereiche].filter((b) => {
      const start = b === '' ? 'index.html' : `${b}/index.html`;
      return seiten.includes(start)
        ? !erreicht.has(start)
        : !seiten.some((s) => s.startsWith(`${b}/`) && erreicht.has(s));
    });
    expect(bereiche.size).toBeGreaterThan(5);
    expect(fehlend).toEqual([]);
  });
});
