import { describe, expect, it } from 'vitest';
import { balkenLayout } from '../../src/lib/diagramme/balken.ts';
import { alleMuster, kartenDaten } from '../../src/lib/karte/kartendaten.ts';
import { abfrageIndikator } from '../../src/lib/musterabfrage/indikator.ts';
import {
  abfrageStatus,
  abfrageStatusFuer,
  aktuelleAntworten,
  antwortenVon,
  antwortText,
  verteilung,
  zaehleAbfrageStatus,
} from '../../src/lib/musterabfrage/auswertung.ts';
import { VORLAGEN, vorlageCsv } from '../../src/lib/musterabfrage/vorlage.ts';
import type { AnfrageZeile, AntwortZeile } from '../../src/lib/schema/musterabfrage.ts';
import { TEST_GEBIETE, TEST_REGISTER } from '../hilfen/register.ts';
import { frage, TEST_FRAGEN } from '../hilfen/musterabfrage.ts';

const antwort = (zeile: number, teil: Partial<AntwortZeile>) => ({
  zeile,
  daten: {
    gebiet: '13075039',
    frage: 'beirat',
    antwort: 'ja',
    stand: '2026-01-10',
    antwortet: 'Verwaltung',
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
    ...teil,
  } as AntwortZeile,
});
const anfrage = (zeile: number, gebiet: string, datum: string, teil: Partial<AnfrageZeile> = {}) => ({
  zeile,
  daten: {
    gebiet,
    datum,
    art: 'Anfrage',
    frist: undefined,
    anfragende: 'LAG',
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
    ...teil,
  } satisfies AnfrageZeile,
});
const gebiet = (schluessel: string) => TEST_REGISTER.get(schluessel)!;

describe('aktuelleAntworten', () => {
  it('takes the newest Stand; on the same day the Verwaltung, then the later line', () => {
    const zeilen = [
      antwort(2, { antwort: 'nein', stand: '2026-03-01' }),
      antwort(3, { antwort: 'ja', stand: '2025-12-01' }),
      antwort(4, { antwort: 'teilweise', stand: '2026-03-01', antwortet: 'Dritte' }),
      antwort(5, { frage: 'stunden', antwort: '10' }),
      antwort(6, { frage: 'stunden', antwort: '12' }),
    ];
    const a = aktuelleAntworten(zeilen).get('13075039')!;
    expect(a.get('beirat')!.zeile).toBe(2);
    expect(a.get('stunden')!.zeile).toBe(6);
  });
});

describe('abfrageStatus', () => {
  const antworten = [
    antwort(2, { gebiet: '13075039', stand: '2026-02-01' }),
    antwort(3, { gebiet: '13003000', stand: '2026-01-05' }),
    antwort(4, { gebiet: '13075142', antwortet: 'Dritte' }),
  ];
  const anfragen = [
    anfrage(2, '13075039', '2026-01-15'),
    anfrage(3, '13003000', '2026-01-15'),
    anfrage(4, '130755553', '2026-01-15'),
  ];

  it('tells answered, asked without answer and not asked apart', () => {
    expect(abfrageStatus(gebiet('13075039'), antworten, anfragen)).toEqual({
      status: 'geantwortet',
      letzteAntwort: '2026-02-01',
      letzteAnfrage: '2026-01-15',
      frist: undefined,
      angabenDritter: 0,
    });
    expect(abfrageStatus(gebiet('130755553'), antworten, anfragen)).toEqual({
      status: 'angefragt',
      letzteAntwort: undefined,
      letzteAnfrage: '2026-01-15',
      frist: undefined,
      angabenDritter: 0,
    });
    expect(abfrageStatus(gebiet('13075'), antworten, anfragen)).toEqual({
      status: 'nicht-angefragt',
      letzteAntwort: undefined,
      letzteAnfrage: undefined,
      frist: undefined,
      angabenDritter: 0,
    });
  });

  it('counts an answer given before a newer request as not answering it', () => {
    expect(abfrageStatus(gebiet('13003000'), antworten, anfragen)).toMatchObject({
      status: 'angefragt',
      letzteAntwort: '2026-01-05',
    });
  });

  it('does not count answers of Dritte as the Kommune answering, but reports them', () => {
    expect(abfrageStatus(gebiet('13075142'), antworten, anfragen)).toEqual({
      status: 'nicht-angefragt',
      letzteAntwort: undefined,
      letzteAnfrage: undefined,
      frist: undefined,
      angabenDritter: 1,
    });
  });

  it(
    'finds the answers of a kreisfreie Stadt from its Kreis, and of an amtsfreie Gemeinde from its ' + 'Amt-level unit',
    () => {
      const status = abfrageStatusFuer(antworten, anfragen);
      expect(status(gebiet('13003'))).toEqual(status(gebiet('13003000')));
      expect(status(gebiet('130750039')).status).toBe('geantwortet');
      expect(zaehleAbfrageStatus(TEST_GEBIETE.map(status))).toEqual({
        geantwortet: 2,
        angefragt: 3,
        ueberfaellig: 0,
        'nicht-angefragt': 3,
      });
    },
  );

  it('calls a request overdue once the deadline of the newest request or reminder has passed', () => {
    const mitFrist = [
      anfrage(2, '130755553', '2026-01-15', { frist: '2026-02-15' }),
      anfrage(3, '130755553', '2026-02-20', { art: 'Erinnerung', frist: '2026-03-15' }),
    ];
    const am = (heute: string) => abfrageStatus(gebiet('130755553'), [], mitFrist, heute);
    expect(am('2026-03-15')).toMatchObject({ status: 'angefragt', frist: '2026-03-15' });
    expect(am('2026-03-16')).toMatchObject({ status: 'ueberfaellig', letzteAnfrage: '2026-02-20' });
    // Without a day, nothing is overdue; an answer ends it in any case.
    expect(abfrageStatus(gebiet('130755553'), [], mitFrist).status).toBe('angefragt');
    const antwortDanach = [antwort(5, { gebiet: '130755553', stand: '2026-03-20' })];
    expect(abfrageStatus(gebiet('130755553'), antwortDanach, mitFrist, '2026-04-01').status).toBe('geantwortet');
  });
});

describe('abfrageIndikator', () => {
  it('plugs into the map on every level, with the Stand of the answer or the request', () => {
    const antworten = [
      antwort(2, { gebiet: '13075039', stand: '2026-02-01' }),
      antwort(3, { gebiet: '13003000', stand: '2025-06-01' }),
    ];
    const anfragen = [anfrage(2, '13075142', '2026-01-15'), anfrage(3, '13075', '2026-01-15')];
    const daten = kartenDaten(TEST_GEBIETE, [abfrageIndikator(antworten, anfragen)]);
    expect(daten.indikatoren.map((i) => [i.id, i.ebenen])).toEqual([
      ['musterabfrage', ['gemeinden', 'aemter', 'kreise']],
    ]);
    expect(daten.bewertung.musterabfrage).toEqual({
      '13003000': ['geantwortet', '2025-06-01', null],
      '13075039': ['geantwortet', '2026-02-01', null],
      '13075142': ['angefragt', '2026-01-15', null],
      '130755553': ['nicht-angefragt', null, null],
      '130750039': ['geantwortet', '2026-02-01', null],
      '13003': ['geantwortet', '2025-06-01', null],
      '13075': ['angefragt', '2026-01-15', null],
    });
    expect(daten.legende.musterabfrage!.kreise).toEqual({
      geantwortet: 1,
      angefragt: 1,
      ueberfaellig: 0,
      'nicht-angefragt': 0,
    });
    expect(alleMuster(daten.indikatoren).map((m) => m.id)).toEqual([
      'muster-angefragt',
      'muster-ueberfaellig',
      'muster-nicht-angefragt',
    ]);
  });
});

describe('antwortText', () => {
  it('shows numbers, amounts and dates the German way, and unbekannt as such', () => {
    expect(antwortText(frage('x', { antworttyp: 'zahl', einheit: 'Stunden pro Woche' }), '19.5')).toBe(
      '19,5 Stunden pro Woche',
    );
    expect(antwortText(frage('x', { antworttyp: 'betrag' }), '12500')).toBe('12.500\u00a0€');
    expect(antwortText(frage('x', { antworttyp: 'betrag' }), 'unbekannt')).toBe('unbekannt');
    expect(antwortText(frage('x', { antworttyp: 'datum' }), '2023-01-10')).toBe('10.01.2023');
    expect(antwortText(frage('x', { antworttyp: 'datum' }), '2023')).toBe('2023');
  });
});

describe('antwortenVon', () => {
  it('lists a Gebiet’s current answers by topic with older ones, and nothing for others', () => {
    const zeilen = [
      antwort(2, { antwort: 'nein', stand: '2025-05-01' }),
      antwort(3, { antwort: 'ja', stand: '2026-05-01' }),
      antwort(4, { frage: 'budget', antwort: '500' }),
      antwort(5, { gebiet: '13003000' }),
    ];
    const gruppen = antwortenVon(gebiet('130750039'), TEST_FRAGEN, zeilen);
    expect(
      gruppen.map((g) => [
        g.thema,
        g.eintraege.map((e) => [e.frage.id, e.aktuell.zeile, e.frueher.map((f) => f.zeile)]),
      ]),
    ).toEqual([
      ['beirat', [['beirat', 3, [2]]]],
      ['foerderung', [['budget', 4, []]]],
    ]);
    expect(antwortenVon(gebiet('13075142'), TEST_FRAGEN, zeilen)).toEqual([]);
  });
});

describe('verteilung', () => {
  const zu = (id: string, ...werte: [string, 'Verwaltung' | 'Dritte'][]) =>
    werte.map(
      ([wert, antwortet], i) => antwort(i + 2, { frage: id, antwort: wert, antwortet, gebiet: `1307${i}` }).daten,
    );

  it('shows every possible answer of a closed question, also those nobody gave', () => {
    const a = zu('beirat', ['ja', 'Verwaltung'], ['ja', 'Dritte'], ['unbekannt', 'Verwaltung']);
    expect(verteilung(TEST_FRAGEN[0]!, a)).toEqual([
      { label: 'ja', anzahl: 2, verwaltung: 1, dritte: 1 },
      { label: 'nein', anzahl: 0, verwaltung: 0, dritte: 0 },
      { label: 'teilweise', anzahl: 0, verwaltung: 0, dritte: 0 },
      { label: 'unbekannt', anzahl: 1, verwaltung: 1, dritte: 0 },
    ]);
    expect(
      verteilung(TEST_FRAGEN[2]!, zu('beirat-bildung', ['berufen', 'Verwaltung'])).map((b) => `${b.label} ${b.anzahl}`),
    ).toEqual(['gewählt 0', 'berufen 1', 'unbekannt 0']);
  });

  it('puts amounts into classes of equal width, the last one closed, and keeps unbekannt apart', () => {
    const a = zu(
      'budget',
      ['0', 'Verwaltung'],
      ['4999', 'Verwaltung'],
      ['5000', 'Verwaltung'],
      ['20000', 'Dritte'],
      ['unbekannt', 'Verwaltung'],
    );
    expect(verteilung(frage('budget', { antworttyp: 'betrag' }), a).map((b) => `${b.label}: ${b.anzahl}`)).toEqual([
      '0\u00a0€ bis unter 5.000\u00a0€: 2',
      '5.000\u00a0€ bis unter 10.000\u00a0€: 1',
      '10.000\u00a0€ bis unter 15.000\u00a0€: 0',
      '15.000\u00a0€ bis 20.000\u00a0€: 1',
      'unbekannt: 1',
    ]);
    expect(
      verteilung(
        frage('stunden', { antworttyp: 'zahl' }),
        zu('stunden', ['20', 'Verwaltung'], ['20', 'Verwaltung']),
      ).map((b) => `${b.label}: ${b.anzahl}`),
    ).toEqual(['20: 2']);
  });

  it('counts dates by year and gives free text no bars', () => {
    expect(
      verteilung(
        frage('seit', { antworttyp: 'datum' }),
        zu('seit', ['2023-01-10', 'Verwaltung'], ['2019', 'Verwaltung'], ['2023', 'Dritte']),
      ).map((b) => `${b.label}: ${b.anzahl}`),
    ).toEqual(['2019: 1', '2023: 2']);
    expect(verteilung(frage('anmerkungen', { antworttyp: 'text' }), zu('anmerkungen', ['gut', 'Verwaltung']))).toEqual(
      [],
    );
  });
});

describe('Vorlagen', () => {
  it('prefill key and name of every Gebiet of a level, with the questions put to it', () => {
    const [kreise, aemter, gemeinden, leer] = VORLAGEN.map((v) =>
      vorlageCsv(v, TEST_GEBIETE, TEST_FRAGEN).replace('\uFEFF', '').trimEnd().split('\n'),
    );
    expect(kreise).toEqual([
      'gebiet,name,stand,antwortet,quelle_url,quelle_titel,' +
        'beirat,beirat-seit,beirat-bildung,stunden,budget,anmerkungen',
      '13003000,Rostock,,,,,,,,,,',
      '13075,Vorpommern-Greifswald,,,,,,,,,,',
    ]);
    expect(aemter).toEqual([
      'gebiet,name,stand,antwortet,quelle_url,quelle_titel,stunden,budget,kreis,anmerkungen',
      '130755553,Landhagen,,,,,,,,',
    ]);
    expect(gemeinden!.slice(1)).toEqual(['13075039,Greifswald,,,,,,,,,,,', '13075142,Weitenhagen,,,,,,,,,,,']);
    expect(leer).toEqual([
      'gebiet,name,stand,antwortet,quelle_url,quelle_titel,' +
        'beirat,beirat-seit,beirat-bildung,stunden,budget,kreis,anmerkungen',
    ]);
  });
});

describe('balkenLayout', () => {
  it('scales bars to the largest count and writes each count after its bar', () => {
    const l = balkenLayout(
      [
        { label: 'ja', anzahl: 4 },
        { label: 'nein', anzahl: 2 },
        { label: 'teilweise', anzahl: 0 },
      ],
      { breite: 640, labelBreite: 220 },
    );
    const [ja, nein, teilweise] = l.balken;
    expect(ja!.breite).toBe(640 - 48 - 220);
    expect(nein!.breite).toBeCloseTo(ja!.breite / 2, 0);
    expect(teilweise!.breite).toBe(0);
    expect(ja!.textX).toBeGreaterThan(220 + ja!.breite);
    expect(nein!.y).toBeGreaterThan(ja!.y + ja!.hoehe);
    expect(l.raster.map((r) => r.wert)).toEqual([0, 1, 2, 3, 4]);
  });
});
