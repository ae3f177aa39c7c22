import { describe, expect, it } from 'vitest';
import { mitVorladen, statischeImporte } from '../../src/lib/veroeffentlichen/vorladen.ts';

describe('modulepreload', () => {
  it('finds the static imports Vite writes', () => {
    expect(
      statischeImporte('import{a as e}from"./suche.X1.js";import"./stil.Y.js";const f=()=>import("./spaet.js")'),
    ).toEqual(['./suche.X1.js', './stil.Y.js']);
  });

  it('preloads every chunk a page imports, also through another chunk, once, before the first script', () => {
    const dateien: Record<string, string> = {
      '/_astro/karte.A.js': 'import{x}from"./suche.B.js";import"./suche.B.js";',
      '/_astro/suche.B.js': 'import{y}from"./werte.C.js";',
      '/_astro/werte.C.js': 'export const y=1;',
    };
    const html = '<head><title>x</title></head><body><script type="module" src="/_astro/karte.A.js"></script></body>';
    const neu = mitVorladen(html, (a) => dateien[a]);
    expect(neu).toBe(
      '<head><title>x</title></head><body><link rel="modulepreload" href="/_astro/suche.B.js">' +
        '<link rel="modulepreload" href="/_astro/werte.C.js">' +
        '<script type="module" src="/_astro/karte.A.js"></script></body>',
    );
    // A page without module scripts stays as it is.
    expect(mitVorladen('<p>x</p>', () => undefined)).toBe('<p>x</p>');
  });
});
