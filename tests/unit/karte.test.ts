import { describe, expect, it } from 'vitest';
import { alleMuster, einheitVon, kartenDaten } from '../../src/lib/karte/kartendaten.ts';
import { seitenPfad as kanonischerPfad } from '../../src/lib/gebiete/adressen.ts';
import { anzeigeName } from '../../src/lib/gebiete/namen.ts';

/** Page paths as the map data holds them: relative to the site root. */
const seitenPfad = (x: Parameters<typeof kanonischerPfad>[0]) => kanonischerPfad(x, '');
import { strukturIndikatoren, STRUKTUR_KATEGORIEN } from '../../src/lib/karte/indikatoren.ts';
import { fondsIndikator, fondsStufe } from '../../src/lib/karte/fondsindikator.ts';
import { STIL } from '../../src/lib/karte/stil.ts';
import { leseZustand, schreibeZustand, STANDARD_ZUSTAND } from '../../src/lib/karte/zustand.ts';
import { kennzahlen } from '../../src/lib/strukturen/kennzahlen.ts';
import { MERKMALE } from '../../src/lib/strukturen/merkmale.ts';
import type { StrukturZeile } from '../../src/lib/schema/strukturen.ts';
import type { EinwohnerZeile } from '../../src/lib/schema/einwohner.ts';
import { TEST_GEBIETE, TEST_REGISTER } from '../hilfen/register.ts';
import { bewilligungZeile, strukturZeile } from '../hilfen/zeilen.ts';

/** A Strukturen row as of May 2024. */
const struktur = (gebiet: string, status: StrukturZeile['status'], typ: StrukturZeile['typ'] = 'beirat') =>
  strukturZeile(gebiet, status, '2024-05', typ);
const g = (s: string) => TEST_REGISTER.get(s)!;

const ANGEBOT = [
  { id: 'beirat', ebenen: ['gemeinden', 'aemter', 'kreise'] },
  { id: 'konzept', ebenen: ['gemeinden', 'aemter', 'kreise'] },
  { id: 'fonds', ebenen: ['kreise'] },
] as const;

describe('Kartenzustand', () => {
  it('round-trips through the query string and leaves defaults out', () => {
    const z = { ebene: 'aemter', merkmal: 'konzept', auswahl: '13075039' } as const;
    expect(schreibeZustand(z)).toBe('?ebene=aemter&merkmal=konzept&auswahl=13075039');
    expect(leseZustand(schreibeZustand(z), ANGEBOT)).toEqual(z);
    expect(schreibeZustand(STANDARD_ZUSTAND)).toBe('');
  });

  it('falls back to defaults for unknown values and ignores a malformed selection', () => {
    expect(leseZustand('?ebene=laender&merkmal=xyz&auswahl=<script>', ANGEBOT)).toEqual(STANDARD_ZUSTAND);
  });

  it('moves to a level the indicator exists for', () => {
    expect(leseZustand('?merkmal=fonds&ebene=gemeinden', ANGEBOT)).toEqual({ ebene: 'kreise', merkmal: 'fonds' });
    expect(leseZustand('?merkmal=fonds', ANGEBOT).ebene).toBe('kreise');
  });
});

describe('Kategorie styles', () => {
  it('gives every category a distinct fill, solid only to "vorhanden", patterns to all others', () => {
    const fuellungen = STRUKTUR_KATEGORIEN.map((k) => k.fuellung);
    expect(new Set(fuellungen).size).toBe(STRUKTUR_KATEGORIEN.length);
    for (const k of ['geplant', 'ueber', 'nein', 'unbekannt'] as const)
      expect(STIL[k].fuellung).toBe(`url(#${STIL[k].muster!.id})`);
    expect(STIL.vorhanden.fuellung).toMatch(/^#[0-9A-F]{6}$/i);
  });
});

describe('kartenDaten', () => {
  const zeilen = [
    struktur('13075', 'vorhanden'),
    struktur('13003000', 'abgelehnt'),
    struktur('13075039', 'beschlossen', 'konzept'),
  ];
  const daten = kartenDaten(TEST_GEBIETE, strukturIndikatoren(zeilen, TEST_REGISTER));

  it('derives every view from the same evaluation, with the covering Kreis named', () => {
    expect(daten.bewertung.beirat!['13075142']).toEqual(['ueber', '2024-05', '13075']);
    expect(daten.bewertung.beirat!['13003000']).toEqual(['nein', '2024-05', null]);
    expect(daten.bewertung.beirat!['13003']).toEqual(['nein', '2024-05', null]);
    expect(daten.bewertung.konzept!['13075039']).toEqual(['geplant', '2024-05', null]);
    expect(daten.bewertung.beauftragte!['13075142']).toEqual(['unbekannt', null, null]);
  });

  it('counts the legend per level so that the counts add up to the level', () => {
    expect(daten.legende.beirat!.gemeinden).toEqual({ vorhanden: 0, geplant: 0, ueber: 2, nein: 1, unbekannt: 0 });
    expect(daten.legende.beirat!.kreise).toEqual({ vorhanden: 1, geplant: 0, ueber: 0, nein: 1, unbekannt: 0 });
    for (const m of MERKMALE) expect(Object.values(daten.legende[m]!.aemter!).reduce((a, b) => a + b)).toBe(2);
    expect(daten.indikatoren.map((i) => i.id)).toEqual(['beirat', 'beauftragte', 'konzept']);
    expect(alleMuster(daten.indikatoren).map((m) => m.id)).toEqual([
      'muster-geplant',
      'muster-ueber',
      'muster-nein',
      'muster-unbekannt',
    ]);
  });

  it('refuses an indicator that returns a category it does not declare', () => {
    const [beirat] = strukturIndikatoren([], TEST_REGISTER);
    expect(() => kartenDaten(TEST_GEBIETE, [{ ...beirat!, bewerte: () => ['vielleicht', null, null] }])).toThrow(
      /unbekannte Kategorie vielleicht/,
    );
  });

  it('maps each Gemeinde to its unit per level and twins to the Gemeinde page', () => {
    const weitenhagen = daten.gebiete.find((x) => x.s === '13075142')!;
    expect([
      einheitVon(weitenhagen, 'gemeinden'),
      einheitVon(weitenhagen, 'aemter'),
      einheitVon(weitenhagen, 'kreise'),
    ]).toEqual(['13075142', '130755553', '13075']);
    const greifswald = daten.gebiete.find((x) => x.s === '13075039')!;
    expect(einheitVon(greifswald, 'aemter')).toBe('130750039');
    expect(seitenPfad(g('130750039'))).toBe('gemeinde/13075039/');
    expect(seitenPfad(g('13003'))).toBe('gemeinde/13003000/');
    expect(seitenPfad(g('13'))).toBe('land/');
    expect(daten.gebiete.find((x) => x.s === '130750039')?.z).toBe(true);
  });

  it('names Ämter and Landkreise with their designation', () => {
    expect(anzeigeName(g('130755553'))).toBe('Amt Landhagen');
    expect(anzeigeName(g('13075'))).toBe('Landkreis Vorpommern-Greifswald');
    expect(anzeigeName(g('13003'))).toBe('Rostock');
  });
});

describe('kennzahlen', () => {
  it('counts own structures of Kreise and of Gemeinden above 10,000 only', () => {
    const einwohner = [
      {
        zeile: 2,
        daten: {
          gebiet: '13075039',
          einwohner: 56092,
          stichtag: '2024-12-31',
          quelle_url: 'https://example.org/',
          quelle_titel: 'Q',
          anmerkung: undefined,
        },
      },
      {
        zeile: 3,
        daten: {
          gebiet: '13003000',
          einwohner: 205307,
          stichtag: '2024-12-31',
          quelle_url: 'https://example.org/',
          quelle_titel: 'Q',
          anmerkung: undefined,
        },
      },
      {
        zeile: 4,
        daten: {
          gebiet: '13075142',
          einwohner: 900,
          stichtag: '2024-12-31',
          quelle_url: 'https://example.org/',
          quelle_titel: 'Q',
          anmerkung: undefined,
        },
      },
    ] satisfies { zeile: number; daten: EinwohnerZeile }[];
    const [beirat] = kennzahlen(
      TEST_GEBIETE,
      TEST_REGISTER,
      [struktur('13075', 'vorhanden'), struktur('13075039', 'vorhanden')],
      einwohner,
      10_000,
    );
    expect(beirat).toEqual({
      merkmal: 'beirat',
      kreise: { mit: 1, von: 2 },
      grosseGemeinden: { mit: 1, von: 2, schwelle: 10_000 },
    });
    const [ohne] = kennzahlen(TEST_GEBIETE, TEST_REGISTER, [], einwohner, undefined);
    expect(ohne?.grosseGemeinden).toBeUndefined();
  });
});

describe('fondsIndikator', () => {
  const bewilligung = (gebiet: string, jahr: number, betrag: number | undefined, stand?: string) =>
    bewilligungZeile(gebiet, jahr, betrag, 'bewilligung', stand);
  const einwohner = [
    {
      zeile: 2,
      daten: {
        gebiet: '13003000',
        einwohner: 200000,
        stichtag: '2024-12-31',
        quelle_url: 'https://example.org/',
        quelle_titel: 'Q',
        anmerkung: undefined,
      },
    },
  ];

  it('sums the known approvals of a Kreis over all years per inhabitant and classifies them', () => {
    const { bewerte, indikator } = fondsIndikator(
      [bewilligung('13003000', 2017, 40000), bewilligung('13003000', 2018, 60000, '2020')],
      einwohner,
    );
    expect(bewerte(g('13003'))).toEqual(['050-bis-2', '2020', null]);
    expect(indikator.ebenen).toEqual(['kreise']);
    expect(indikator.hinweis).toContain('2017, 2018');
  });

  it('keeps a Kreis without any known amount unknown, never 0', () => {
    const { bewerte } = fondsIndikator([bewilligung('13003000', 2017, undefined)], einwohner);
    expect(bewerte(g('13003'))[0]).toBe('unbekannt');
    expect(bewerte(g('13075'))).toEqual(['unbekannt', null, null]);
  });

  it('puts the class boundaries where the labels say', () => {
    expect([fondsStufe(0.49), fondsStufe(0.5), fondsStufe(1.99), fondsStufe(2)]).toEqual([
      'unter-050',
      '050-bis-2',
      '050-bis-2',
      'ab-2',
    ]);
  });
});
