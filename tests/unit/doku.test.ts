import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datenDoku } from '../../src/lib/veroeffentlichen/doku.ts';
import { geladeneRessourcen } from '../../src/lib/messen/seitengewicht.ts';
import { TABELLEN } from '../../src/lib/schema/index.ts';

describe('docs/daten.md', () => {
  it('is up to date with the schemas (run `npm run docs` after changing a schema)', () => {
    expect(fs.readFileSync('docs/daten.md', 'utf8')).toBe(datenDoku(TABELLEN));
  });

  it('documents every column of every table', () => {
    const doku = datenDoku(TABELLEN);
    for (const t of TABELLEN)
      for (const spalte of Object.keys(t.schema.shape)) expect(doku).toContain(`| \`${spalte}\` |`);
  });
});

describe('geladeneRessourcen', () => {
  it('counts stylesheets, scripts and images, not links to pages or downloads', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="/x/"><script type="module" ' +
      'src="/_astro/k.js"></script><a href="/daten/x.csv">x</a><img src="/b.svg" alt="">';
    expect(geladeneRessourcen(html)).toEqual(['/_astro/a.css', '/_astro/k.js', '/b.svg']);
  });
});
