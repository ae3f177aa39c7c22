import { alleBeobachtungen } from '../../src/lib/musterabfrage/beobachtungen.ts';
import { TEST_FRAGEN } from '../hilfen/musterabfrage.ts';
import { describe, expect, it } from 'vitest';
import { gebietsprofil, weiterleitungsprofil, type Grundlagen } from '../../src/lib/gebiete/profil.ts';
import type { EinwohnerZeile } from '../../src/lib/schema/einwohner.ts';
import type { FondsBewilligungZeile } from '../../src/lib/schema/fonds.ts';
import type { IntgAussageZeile } from '../../src/lib/schema/intg-aussagen.ts';
import type { StrukturZeile } from '../../src/lib/schema/strukturen.ts';
import { TEST_GEBIETE, TEST_REGISTER } from '../hilfen/register.ts';

let nr = 1;
const struktur = (gebiet: string, typ: StrukturZeile['typ'], status: StrukturZeile['status'], stand = '2024') => ({
  zeile: ++nr,
  daten: {
    gebiet,
    typ,
    status,
    name: `${typ} ${gebiet}`,
    seit: undefined,
    form: undefined,
    stand,
    quelle_url: 'https://example.org/s',
    quelle_titel: 'S',
    anmerkung: undefined,
  } satisfies StrukturZeile,
});
const aussage = (id: string, adressaten: IntgAussageZeile['adressaten'], einwohner_ueber?: number) => ({
  zeile: ++nr,
  daten: {
    id,
    thema: 'beirat',
    aussage: `Aussage ${id}`,
    adressaten,
    einwohner_ueber,
    grenzbereich_prozent: einwohner_ueber === undefined ? undefined : 5,
    verbindlichkeit: 'soll',
    paragraf: undefined,
    wortlaut_geprueft: 'nein',
    quelle_url: 'https://example.org/a',
    quelle_titel: 'A',
    stand: '2024-03-13',
    anmerkung: undefined,
  } satisfies IntgAussageZeile,
});
const einwohner = (gebiet: string, anzahl: number) => ({
  zeile: ++nr,
  daten: {
    gebiet,
    einwohner: anzahl,
    stichtag: '2024-12-31',
    quelle_url: 'https://example.org/e',
    quelle_titel: 'E',
    anmerkung: undefined,
  } satisfies EinwohnerZeile,
});
const bewilligung = (gebiet: string, jahr: number, betrag_eur: number | undefined) => ({
  zeile: ++nr,
  daten: {
    jahr,
    art: 'bewilligung' as const,
    gebiet,
    empfaenger: undefined,
    projekt: undefined,
    betrag_eur,
    quelle_url: 'https://example.org/f',
    quelle_titel: 'F',
    stand: '2019',
    anmerkung: undefined,
  } satisfies FondsBewilligungZeile,
});

const GRUNDLAGEN: Grundlagen = {
  gebiete: TEST_GEBIETE,
  register: TEST_REGISTER,
  strukturen: [
    struktur('13075', 'beauftragte', 'vorhanden'),
    struktur('130755553', 'beirat', 'vorhanden'),
    struktur('13075142', 'konzept', 'abgelehnt', '2023'),
    struktur('13075142', 'konzept', 'in Planung', '2022'),
    struktur('13003000', 'beirat', 'vorhanden'),
  ],
  einwohner: [einwohner('13003000', 205307), einwohner('13075039', 56092), einwohner('13075', 224956)],
  bewilligungen: [
    bewilligung('13003000', 2017, 6991.08),
    bewilligung('13003000', 2017, 2528.4),
    bewilligung('13075039', 2017, 1000),
    bewilligung('130755553', 2017, undefined),
    bewilligung('13075', 2018, 500),
  ],
  aussagen: [
    aussage('land', 'Land'),
    aussage('beirat-gemeinden', 'Gemeinden', 10000),
    aussage('kommunen', 'Kommunen'),
    aussage('kreise', 'Kreise'),
  ],
  aenderungen: [],
  abfrageAntworten: [
    {
      zeile: 2,
      daten: {
        gebiet: '13075039',
        frage: 'beirat-vorhanden',
        antwort: 'ja',
        stand: '2026-10-01',
        antwortet: 'Verwaltung',
        quelle_url: 'https://example.org/a',
        quelle_titel: 'A',
        anmerkung: undefined,
      },
    },
  ],
  abfrageAnfragen: [],
  abfrageFragen: TEST_FRAGEN,
  namensnennung: '© Test',
};
const profil = (s: string) => gebietsprofil(GRUNDLAGEN, TEST_REGISTER.get(s)!);

describe('gebietsprofil of an amtsangehörige Gemeinde without own data', () => {
  const p = profil('13075142');

  it('names the Gebiet and links its parents, nearest first', () => {
    expect(p.gebiet).toMatchObject({
      schluessel: '13075142',
      art_name: 'amtsangehörige Gemeinde',
      anzeigename: 'Weitenhagen',
      seite: '/gemeinde/13075142/',
      json: '/gemeinde/13075142.json',
    });
    expect(p.eltern.map((e) => [e.anzeigename, e.seite])).toEqual([
      ['Amt Landhagen', '/amt/130755553/'],
      ['Landkreis Vorpommern-Greifswald', '/kreis/13075/'],
      ['Mecklenburg-Vorpommern', '/land/'],
    ]);
  });

  it('keeps an unknown population unknown (null) and says why the Beirat rule most likely does not apply', () => {
    expect(p.einwohner).toBeNull();
    expect(p.einwohner_erfasst_ab).toBe(6000);
    expect(p.was_gilt.map((e) => [e.aussage.id, e.geltung, e.grund, e.einwohner])).toEqual([
      ['kommunen', 'gilt', 'adressat', null],
      ['beirat-gemeinden', 'wohl-nicht', 'nicht-erfasst', null],
    ]);
  });

  it('shows, per type, the own newest observation and what Amt and Kreis provide', () => {
    const typ = (t: string) => p.strukturen.find((s) => s.typ === t)!;
    expect(p.strukturen.map((s) => s.typ)).toEqual(['beirat', 'beauftragte', 'konzept', 'netzwerk', 'sonstige']);
    expect(typ('beirat')).toMatchObject({ kategorie: 'ueber', aktuell: null });
    expect(typ('beirat').auch_zustaendig.map((z) => z.gebiet.schluessel)).toEqual(['130755553']);
    expect(typ('beauftragte').auch_zustaendig.map((z) => z.gebiet.schluessel)).toEqual(['13075']);
    expect(typ('konzept')).toMatchObject({
      kategorie: 'nein',
      aktuell: { status: 'abgelehnt', stand: '2023', seit: null, form: null },
    });
    expect(typ('netzwerk')).toMatchObject({ kategorie: null, aktuell: null, auch_zustaendig: [] });
    expect(p.verlauf.map((z) => z.status)).toEqual(['abgelehnt', 'in Planung']);
  });

  it('has no list of Teilgebiete and no regional fund totals', () => {
    expect(p.teilgebiete).toEqual([]);
    expect(p.zaehlung_gemeinden).toBeNull();
    expect(p.fonds).toEqual({ bewilligungen: [], jahre: [], im_gebiet: null });
  });

  it('round-trips through JSON unchanged: every unknown is an explicit null', () => {
    expect(JSON.parse(JSON.stringify(p))).toStrictEqual(p);
  });
});

describe('gebietsprofil of a kreisfreie Stadt', () => {
  const p = profil('13003000');

  it('is Gemeinde and Kreis at once: Kreis statements apply, its own Kreis is no parent', () => {
    expect(p.eltern.map((e) => e.schluessel)).toEqual(['13']);
    expect(p.was_gilt.map((e) => [e.aussage.id, e.geltung])).toEqual([
      ['beirat-gemeinden', 'gilt'],
      ['kommunen', 'gilt'],
      ['kreise', 'gilt'],
    ]);
    expect(p.strukturen[0]!.auch_zustaendig).toEqual([]);
  });

  it('sums its approvals per year and per inhabitant', () => {
    expect(p.fonds.jahre).toEqual([
      {
        jahr: 2017,
        anzahl: 2,
        bewilligungen: 2,
        zuweisungen: 0,
        summe_eur: 9519.48,
        bekannt_eur: 9519.48,
        unbekannte_betraege: 0,
      },
    ]);
    expect(p.fonds.im_gebiet!.jahre[0]!.je_einwohner_eur).toBeCloseTo(9519.48 / 205307, 10);
    expect(p.fonds.bewilligungen.map((b) => b.betrag_eur)).toEqual([6991.08, 2528.4]);
  });
});

describe('gebietsprofil of a Landkreis', () => {
  const p = profil('13075');

  it('lists its Gemeinden with Amt, population and map category, and counts them', () => {
    expect(
      p.teilgebiete.map((t) => [
        t.gebiet.name,
        t.amt?.name ?? null,
        t.einwohner,
        t.merkmale.beirat,
        t.merkmale.beauftragte,
      ]),
    ).toEqual([
      ['Greifswald', null, 56092, 'unbekannt', 'ueber'],
      ['Weitenhagen', 'Landhagen', null, 'ueber', 'ueber'],
    ]);
    expect(p.zaehlung_gemeinden).toEqual({
      gemeinden: 2,
      merkmale: {
        beirat: { vorhanden: 0, geplant: 0, ueber: 1, nein: 0, unbekannt: 1 },
        beauftragte: { vorhanden: 0, geplant: 0, ueber: 2, nein: 0, unbekannt: 0 },
        konzept: { vorhanden: 0, geplant: 0, ueber: 0, nein: 1, unbekannt: 1 },
      },
    });
  });

  it('shows which of its Gemeinden a threshold rule concerns', () => {
    expect(p.was_gilt.map((e) => e.aussage.id)).toEqual(['kommunen', 'kreise']);
    expect(p.fuer_gemeinden).toHaveLength(1);
    expect(p.fuer_gemeinden[0]!.anzahl).toEqual({
      gilt: 1,
      grenzfall: 0,
      unbekannt: 0,
      'wohl-nicht': 1,
      'gilt-nicht': 0,
    });
    expect(p.fuer_gemeinden[0]!.betroffen.map((b) => [b.gebiet.name, b.geltung, b.einwohner])).toEqual([
      ['Greifswald', 'gilt', 56092],
    ]);
    expect(p.einwohner_quellen).toEqual([
      { quelle_url: 'https://example.org/e', quelle_titel: 'E', stichtag: '2024-12-31' },
    ]);
  });

  it('totals approvals in the Kreis per year; a year with an unknown amount has no total, no per-head figure', () => {
    expect(p.fonds.jahre.map((j) => j.jahr)).toEqual([2018]);
    expect(p.fonds.im_gebiet!.jahre).toEqual([
      {
        jahr: 2017,
        anzahl: 2,
        bewilligungen: 2,
        zuweisungen: 0,
        summe_eur: null,
        bekannt_eur: 1000,
        unbekannte_betraege: 1,
        je_einwohner_eur: null,
      },
      {
        jahr: 2018,
        anzahl: 1,
        bewilligungen: 1,
        zuweisungen: 0,
        summe_eur: 500,
        bekannt_eur: 500,
        unbekannte_betraege: 0,
        je_einwohner_eur: 500 / 224956,
      },
    ]);
  });
});

describe('gebietsprofil of the Land', () => {
  it('addresses Land statements, lists the Kreise and sees every Gemeinde', () => {
    const p = profil('13');
    expect(p.eltern).toEqual([]);
    expect(p.was_gilt.map((e) => e.aussage.id)).toEqual(['land']);
    expect(p.teilgebiete.map((t) => [t.gebiet.schluessel, t.gebiet.seite])).toEqual([
      ['13003', '/gemeinde/13003000/'],
      ['13075', '/kreis/13075/'],
    ]);
    expect(p.teilgebiete[0]!.merkmale.beirat).toBe('vorhanden');
    expect(p.zaehlung_gemeinden!.gemeinden).toBe(3);
  });
});

describe('weiterleitungsprofil', () => {
  it('points an amtsfreie unit to its Gemeinde page and twin', () => {
    expect(weiterleitungsprofil(TEST_REGISTER.get('130750039')!)).toEqual({
      format: 'integrationsatlas-mv/weiterleitung',
      version: 1,
      gebiet: expect.objectContaining({
        schluessel: '130750039',
        seite: '/gemeinde/13075039/',
        json: '/gemeinde/13075039.json',
      }),
    });
  });
});

describe('gebietsprofil: Musterabfrage', () => {
  it('carries the survey status and every answer row of the Gebiet, and nothing for the Land', () => {
    expect(profil('13075039').musterabfrage).toEqual({
      schluessel: '13075039',
      ebene: 'gemeinde',
      themen: [],
      status: 'geantwortet',
      letzte_anfrage: null,
      letzte_antwort: '2026-10-01',
      frist: null,
      angaben_dritter: 0,
      antworten: [
        {
          zeile: 2,
          gebiet: '13075039',
          frage: 'beirat-vorhanden',
          antwort: 'ja',
          stand: '2026-10-01',
          antwortet: 'Verwaltung',
          quelle_url: 'https://example.org/a',
          quelle_titel: 'A',
          anmerkung: null,
        },
      ],
    });
    expect(profil('13075142').musterabfrage).toEqual({
      schluessel: '13075142',
      ebene: 'gemeinde',
      themen: [],
      status: 'nicht-angefragt',
      letzte_anfrage: null,
      letzte_antwort: null,
      frist: null,
      angaben_dritter: 0,
      antworten: [],
    });
    expect(profil('13').musterabfrage).toBeNull();
  });

  it('shows a Verwaltung’s answer as the current observation, with its origin, in structures, history, text', () => {
    const antwort = (zeile: number, frage: string, wert: string) => ({
      zeile,
      daten: {
        gebiet: '13075039',
        frage,
        antwort: wert,
        stand: '2026-11-02',
        antwortet: 'Verwaltung' as const,
        quelle_url: 'https://example.org/pr/7',
        quelle_titel: 'Musterabfrage: Antwort per E-Mail',
        anmerkung: undefined,
      },
    });
    const antworten = [antwort(2, 'beirat', 'ja'), antwort(3, 'beirat-bildung', 'gewählt')];
    const gr: Grundlagen = {
      ...GRUNDLAGEN,
      strukturen: alleBeobachtungen([struktur('13075039', 'beirat', 'nicht vorhanden', '2024')], antworten),
      abfrageAntworten: antworten,
    };
    const p = gebietsprofil(gr, TEST_REGISTER.get('13075039')!);
    const beirat = p.strukturen.find((s) => s.typ === 'beirat')!;
    expect(beirat.kategorie).toBe('vorhanden');
    expect(beirat.aktuell).toMatchObject({
      status: 'vorhanden',
      form: 'gewählt',
      stand: '2026-11-02',
      quelle_url: 'https://example.org/pr/7',
      herkunft: {
        art: 'selbstauskunft',
        text: 'Selbstauskunft der Verwaltung vom 02.11.2026',
        datei: 'data/musterabfrage/antworten.csv',
        zeile: 2,
      },
    });
    expect(p.verlauf.map((z) => [z.status, z.herkunft?.art ?? null])).toEqual([
      ['vorhanden', 'selbstauskunft'],
      ['nicht vorhanden', null],
    ]);
    expect(p.musterabfrage?.themen[0]?.eintraege.map((e) => [e.frage, e.aktuell.text])).toEqual([
      ['beirat', 'ja'],
      ['beirat-bildung', 'gewählt'],
    ]);
  });
});

describe('the answer first (antwort)', () => {
  it('gives an amtsangehörige Gemeinde badges in the map categories and names who is responsible', () => {
    const { abzeichen, satz } = profil('13075142').antwort;
    // Netzwerk only where something is known; the others always.
    expect(abzeichen.map((a) => [a.typ, a.kategorie, a.traeger?.schluessel ?? null])).toEqual([
      ['beirat', 'ueber', '130755553'],
      ['beauftragte', 'ueber', '13075'],
      ['konzept', 'nein', null],
    ]);
    expect(abzeichen[0]).toMatchObject({ bezeichnung: 'beirat 130755553', stand: '2024', quelle_titel: 'S' });
    expect(satz).toBe(
      'Für Weitenhagen ist keine eigene Struktur bekannt. Zuständig sind auch das Amt Landhagen ' +
        '(Migrations-/Integrationsbeirat) und der Landkreis Vorpommern-Greifswald (Integrationsbeauftragte/r).',
    );
  });

  it('says what a city has, with Stand, and quotes the threshold statement that concerns it', () => {
    const { abzeichen, satz } = profil('13003000').antwort;
    expect(abzeichen.find((a) => a.typ === 'beirat')).toMatchObject({ kategorie: 'vorhanden', traeger: null });
    expect(satz).toBe(
      'Rostock hat einen Migrations- oder Integrationsbeirat (Stand 2024). ' +
        'Laut InTG (Wortlaut nicht geprüft): Aussage beirat-gemeinden Rostock hat 205.307 Einwohner.',
    );
  });

  it('is the same object in the twin: categories and sentence survive JSON', () => {
    const p = profil('13075039');
    expect(JSON.parse(JSON.stringify(p)).antwort).toEqual(p.antwort);
  });

  it('has a short address where the name is unambiguous', () => {
    expect(profil('13075142').kurzadresse).toBe('/gemeinde/weitenhagen/');
    expect(profil('130755553').kurzadresse).toBe('/amt/landhagen/');
  });
});
