import fs from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { SCHRIFTEN, teilmengeReicht, teilschriften } from '../../src/lib/laden/schriften.ts';

describe('fonts for the share cards', () => {
  it('knows which texts the Latin subset can draw', () => {
    expect(teilmengeReicht('Größe: 1,5 Mio. € – „Beirat“ · Łódź…')).toBe(true);
    expect(teilmengeReicht('Ωμέγα')).toBe(false);
    expect(teilmengeReicht('≈ 5')).toBe(false);
  });

  it('makes the subset once, much smaller than the full fonts, and reuses it from the cache', async () => {
    const teil = await teilschriften();
    expect(teil).toHaveLength(SCHRIFTEN.length);
    for (const [i, datei] of teil.entries()) {
      expect(fs.statSync(datei).size).toBeLessThan(fs.statSync(SCHRIFTEN[i]!).size / 5);
      expect(fs.statSync(datei).size).toBeGreaterThan(10_000);
    }
    expect(await teilschriften()).toEqual(teil);
  });

  it('draws a card text exactly as the full fonts do', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="5" y="40" font-size="28" ' +
      'font-weight="700">Groß Kiesow – „über Amt“ 12 €</text></svg>';
    const png = (fontFiles: string[]) =>
      Buffer.from(
        new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } })
          .render()
          .asPng(),
      );
    expect(png(await teilschriften()).equals(png(SCHRIFTEN))).toBe(true);
    expect(png(await teilschriften()).equals(png([]))).toBe(false);
  });
});
