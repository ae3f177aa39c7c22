import { describe, expect, it } from 'vitest';
import { istQuelltext, pruefeAltlast, zuLangeZeilen } from '../../src/lib/messen/zeilenlaenge.ts';

describe('zuLangeZeilen', () => {
  it('names each line over the limit by file and line, counting characters, not bytes', () => {
    const text = ['kurz', 'ä'.repeat(11), 'x'.repeat(10), 'y'.repeat(12)].join('\n');
    expect(zuLangeZeilen('src/a.astro', text, 10)).toEqual([
      'src/a.astro:2 (11 Zeichen)',
      'src/a.astro:4 (12 Zeichen)',
    ]);
  });

  it('exempts a line that is long because of a URL in it', () => {
    const url = `https://example.org/${'pfad/'.repeat(10)}`;
    expect(zuLangeZeilen('a.ts', `const q = '${url}';`, 40)).toEqual([]);
    expect(zuLangeZeilen('a.ts', `const text = '${'wort '.repeat(10)}';`, 40)).toEqual(['a.ts:1 (66 Zeichen)']);
  });
});

describe('istQuelltext', () => {
  it('checks code, pages and styles, not data or docs', () => {
    expect(['src/a.ts', 'src/b.astro', 'src/c.css', 'scripts/d.mjs'].every(istQuelltext)).toBe(true);
    expect(['data/strukturen.csv', 'README.md', 'docs/daten.md', 'node_modules/x/y.ts'].some(istQuelltext)).toBe(false);
  });
});

describe('pruefeAltlast', () => {
  const treffer = new Map([
    ['alt.astro', ['alt.astro:1 (130 Zeichen)', 'alt.astro:9 (125 Zeichen)']],
    ['neu.ts', ['neu.ts:3 (121 Zeichen)']],
    ['besser.astro', []],
  ]);

  it('lets a listed file keep its allowance, and no other file any long line', () => {
    expect(pruefeAltlast(treffer, { 'alt.astro': 2, 'besser.astro': 1 })).toEqual({
      fehler: ['neu.ts:3 (121 Zeichen)'],
      weniger: ['besser.astro hat nur noch 0 statt 1 lange Zeilen'],
    });
  });

  it('names every long line of a file that exceeds its allowance', () => {
    expect(pruefeAltlast(treffer, { 'alt.astro': 1, 'neu.ts': 1 }).fehler).toEqual([
      'alt.astro:1 (130 Zeichen) (erlaubt: 1)',
      'alt.astro:9 (125 Zeichen) (erlaubt: 1)',
    ]);
  });
});
