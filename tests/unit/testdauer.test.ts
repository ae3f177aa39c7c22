import { describe, expect, it } from 'vitest';
import { dauerText, testBericht, ZIEL_VIELFACHES } from '../../src/lib/messen/testdauer.ts';

describe('testBericht', () => {
  it('gives each step, the total and the total as a multiple of the production build', () => {
    const zeilen = testBericht(
      [
        { name: 'Typprüfung', sekunden: 20, bau: false },
        { name: 'Produktionsbau', sekunden: 8, bau: true },
        { name: 'e2e', sekunden: 52.25, bau: false },
      ],
      80.25,
    );
    expect(zeilen).toEqual([
      'Dauer je Schritt: Typprüfung 20,0 s · Produktionsbau 8,0 s · e2e 52,3 s',
      `npm test: 80,3 s = 10 × ein Produktionsbau (8,0 s); Ziel höchstens ${ZIEL_VIELFACHES} ×, im Ziel.`,
    ]);
  });

  it('says so when the suite takes longer than the target', () => {
    const zeilen = testBericht([{ name: 'Produktionsbau', sekunden: 2, bau: true }], 2 * ZIEL_VIELFACHES + 1);
    expect(zeilen[1]).toMatch(/= 15,5 × ein Produktionsbau .*, über dem Ziel\.$/);
  });

  it('gives no ratio when the run stopped before the build', () => {
    expect(testBericht([{ name: 'Typprüfung', sekunden: 3, bau: false }], 3)[1]).toBe(
      'npm test: 3,0 s (ohne Produktionsbau)',
    );
  });
});

describe('dauerText', () => {
  it('writes seconds with a decimal comma', () => {
    expect(dauerText(1234.56)).toBe('1.234,6 s');
  });
});
