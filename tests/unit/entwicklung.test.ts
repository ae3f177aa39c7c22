import { describe, expect, it } from 'vitest';
import {
  entwicklung,
  heuteGezaehlt,
  stichtage,
  STUFEN_SPALTEN,
  stufenTabelle,
} from '../../src/lib/strukturen/entwicklung.ts';
import { mittelJeJahr, MITTEL_SPALTEN, mittelTabelle } from '../../src/lib/fonds/mittel.ts';
import { strukturZeile as zeile } from '../hilfen/zeilen.ts';
import { HEUTE, TEST_GEBIETE, TEST_REGISTER } from '../hilfen/register.ts';

describe('entwicklung', () => {
  const zeilen = [
    zeile('13003000', 'vorhanden', '2009'),
    zeile('13075039', 'vorhanden', '2023-01'),
    zeile('13075', 'in Planung', '2022-08'),
    zeile('13075142', 'vorhanden', 'unbekannt', 'konzept'),
    zeile('13', 'vorhanden', '2017-06-07'),
  ];
  const e = entwicklung(zeilen, TEST_GEBIETE, HEUTE);

  it('counts the Land as a whole and each Kreis, with kreisfreie Städte as Kreise', () => {
    expect(e.kreise.map((k) => k.kreis.schluessel)).toEqual(['13003', '13075']);
    expect(e.gesamt.stufen.at(-1)!.anzahl.beirat).toEqual({ vorhanden: 2, geplant: 1, nein: 0 });
    expect(e.kreise[1]!.reihe.stufen.at(-1)!.anzahl.beirat).toEqual({ vorhanden: 1, geplant: 1, nein: 0 });
    expect(e.gesamt.undatiert.konzept.vorhanden).toBe(1);
    expect(e.yMaxGesamt).toBe(2);
    expect(e.yMaxKreise).toBe(1);
  });

  it('gives the chart table one row per step with the drawn counts', () => {
    const tabelle = stufenTabelle(e.gesamt.stufen);
    expect(tabelle).toHaveLength(e.gesamt.stufen.length);
    expect(Object.keys(tabelle[0]!)).toEqual([...STUFEN_SPALTEN]);
    expect(tabelle.map((z) => [z.datum, z.beirat_vorhanden, z.beirat_geplant])).toEqual([
      ['2015-01-01', 1, 0],
      ['2022-08-31', 1, 1],
      ['2023-01-31', 2, 1],
      [HEUTE, 2, 1],
    ]);
  });

  it('names the Gebiete behind today’s count with their observation, undated ones marked', () => {
    const konzept = heuteGezaehlt(zeilen, TEST_REGISTER, 'konzept', HEUTE);
    expect(konzept.map((x) => [x.gebiet.schluessel, x.kategorie, x.datiert])).toEqual([
      ['13075142', 'vorhanden', false],
    ]);
    expect(heuteGezaehlt(zeilen, TEST_REGISTER, 'beirat', HEUTE).map((x) => x.gebiet.schluessel)).toEqual([
      '13003000',
      '13075',
      '13075039',
    ]);
  });
});

describe('stichtage', () => {
  it('are the day before the first event, every event that has come, and today', () => {
    const ereignisse = [
      { datum: '2026-09-20', ereignis: 'Landtagswahl' },
      { datum: '2024-04-02', ereignis: 'InTG in Kraft' },
      { datum: '2030-01-01', ereignis: 'später' },
    ];
    expect(stichtage(ereignisse, '2026-11-21')).toEqual([
      { tag: '2024-04-01', text: 'vor „InTG in Kraft“' },
      { tag: '2024-04-02', text: 'InTG in Kraft' },
      { tag: '2026-09-20', text: 'Landtagswahl' },
      { tag: '2026-11-21', text: 'heute' },
    ]);
    expect(stichtage([{ datum: '2024-03-01', ereignis: 'X' }], HEUTE)[0]!.tag).toBe('2024-02-29');
  });
});

describe('chart tables', () => {
  it('gives the fund chart’s CSV one row per year and kind, unknown amounts empty', () => {
    const tabelle = mittelTabelle(mittelJeJahr([], 2016, 2027));
    expect(tabelle).toHaveLength(36);
    expect(Object.keys(tabelle[0]!)).toEqual([...MITTEL_SPALTEN]);
    expect(tabelle.every((z) => z.betrag_eur === undefined)).toBe(true);
  });
});
