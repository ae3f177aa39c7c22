import { describe, expect, it } from 'vitest';
import { anzahlText, bewilligungenJeKreis, jeEinwohner, summe } from '../../src/lib/fonds/bewilligungen.ts';
import { groessterBetrag, mittelJeJahr } from '../../src/lib/fonds/mittel.ts';
import { bewilligungZeile, haushaltZeile } from '../hilfen/zeilen.ts';

const haushalt = haushaltZeile;
const bewilligung = bewilligungZeile;

describe('mittelJeJahr', () => {
  it('has every year and every kind, and an unknown amount stays unknown, never 0', () => {
    const jahre = mittelJeJahr(
      [haushalt(2016, 'geplant', 1_000_000), haushalt(2016, 'ist', 92_000), haushalt(2027, 'beschlossen', undefined)],
      2016,
      2027,
    );
    expect(jahre.map((j) => j.jahr)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(jahre[0]!.werte.map((w) => [w.art, w.betrag])).toEqual([
      ['geplant', 1_000_000],
      ['beschlossen', undefined],
      ['ist', 92_000],
    ]);
    const spaet = jahre.at(-1)!.werte.find((w) => w.art === 'beschlossen')!;
    expect(spaet.betrag).toBeUndefined();
    expect(spaet.zeile).toBeDefined();
    expect(jahre[1]!.werte.every((w) => w.betrag === undefined && w.zeile === undefined)).toBe(true);
  });

  it('takes the newest source for a year and kind, even when it names no amount', () => {
    const alt = haushalt(2026, 'geplant', 2_000_000, '2022-03-17');
    const neu = haushalt(2026, 'geplant', undefined, '2025-09');
    expect(mittelJeJahr([neu, alt], 2026, 2026)[0]!.werte[0]!.zeile).toBe(neu);
    const korrektur = haushalt(2026, 'geplant', 1_500_000, '2022-03-17');
    expect(mittelJeJahr([alt, korrektur], 2026, 2026)[0]!.werte[0]!.betrag).toBe(1_500_000);
  });

  it('scales to the largest known amount only', () => {
    expect(
      groessterBetrag(
        mittelJeJahr([haushalt(2022, 'geplant', 2_000_000), haushalt(2026, 'beschlossen', undefined)], 2022, 2026),
      ),
    ).toBe(2_000_000);
    expect(groessterBetrag(mittelJeJahr([haushalt(2026, 'beschlossen', undefined)], 2026, 2026))).toBe(0);
  });
});

describe('Bewilligungen je Kreis', () => {
  const zeilen = [
    bewilligung('13003000', 2017, 6991.08),
    bewilligung('13003000', 2017, 2528.4),
    bewilligung('13003000', 2017, 0.1),
    bewilligung('13075039', 2017, 0.2),
    bewilligung('130755553', 2017, undefined),
    bewilligung('13075', 2018, 500),
    bewilligung('13072', 2017, undefined),
  ];
  const gruppen = bewilligungenJeKreis(zeilen);

  it('groups by the Kreis of the Erstempfänger and the year', () => {
    expect(gruppen.map((g) => [g.kreis, g.jahr, g.zeilen.length])).toEqual([
      ['13003', 2017, 3],
      ['13072', 2017, 1],
      ['13075', 2017, 2],
      ['13075', 2018, 1],
    ]);
  });

  it('sums per Kreis equal the sum of their rows, and together the sum of all rows', () => {
    for (const g of gruppen) {
      const bekannt = g.zeilen.map((z) => z.daten.betrag_eur).filter((b): b is number => b !== undefined);
      if (bekannt.length > 0)
        expect(g.summe).toBeCloseTo(
          bekannt.reduce((s, b) => s + b, 0),
          9,
        );
    }
    expect(gruppen.find((g) => g.kreis === '13003')!.summe).toBe(9519.58);
    expect(summe(gruppen.map((g) => g.summe))).toBe(summe(zeilen.map((z) => z.daten.betrag_eur)));
    expect(summe(gruppen.map((g) => g.summe))).toBe(10019.78);
  });

  it('counts an allocation passed on as money of the Kreis, but never as an approval', () => {
    const [kreis, ...weitere] = bewilligungenJeKreis([
      bewilligung('13071107', 2022, 78800, 'zuweisung'),
      bewilligung('13071', 2022, 200.5),
    ]);
    expect(weitere).toHaveLength(0);
    expect(kreis?.summe).toBe(79000.5);
    expect(kreis?.arten).toEqual({ bewilligung: 1, zuweisung: 1 });
    expect(anzahlText(kreis?.arten ?? { bewilligung: 0, zuweisung: 0 })).toBe('1 Bewilligung, 1 Zuweisung');
    expect(anzahlText({ bewilligung: 3, zuweisung: 0 })).toBe('3 Bewilligungen');
    expect(anzahlText({ bewilligung: 0, zuweisung: 2 })).toBe('2 Zuweisungen');
  });

  it('never counts an unknown amount as 0', () => {
    const nurUnbekannt = gruppen.find((g) => g.kreis === '13072')!;
    expect(nurUnbekannt.summe).toBeUndefined();
    expect(nurUnbekannt.ohneBetrag).toBe(1);
    const gemischt = gruppen.find((g) => g.kreis === '13075' && g.jahr === 2017)!;
    expect(gemischt.summe).toBe(0.2);
    expect(gemischt.ohneBetrag).toBe(1);
    expect(summe([])).toBeUndefined();
    expect(summe([undefined, undefined])).toBeUndefined();
    expect(summe([0, undefined])).toBe(0);
  });

  it('gives euro per inhabitant only where both are known', () => {
    expect(jeEinwohner(44401.21, 205307)).toBeCloseTo(0.2163, 4);
    expect(jeEinwohner(undefined, 205307)).toBeUndefined();
    expect(jeEinwohner(100, undefined)).toBeUndefined();
  });
});
