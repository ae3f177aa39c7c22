import { describe, expect, it } from 'vitest';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import {
  bericht,
  fuehreZusammen,
  leseRueckmeldung,
  type EingeleseneAntwort,
} from '../../src/lib/musterabfrage/import.ts';
import type { AntwortZeile } from '../../src/lib/schema/musterabfrage.ts';
import { bytes, HEUTE, TEST_REGISTER } from '../hilfen/register.ts';
import { TEST_FRAGEN } from '../hilfen/musterabfrage.ts';

const KOPF = 'gebiet,name,stand,antwortet,quelle_url,quelle_titel,beirat,stunden,budget,kreis';
const kontext = { fragen: TEST_FRAGEN, register: TEST_REGISTER, heute: HEUTE, quelle: 'https://github.com/x/y/pull/1' };
const lies = (...zeilen: string[]) =>
  leseRueckmeldung('rueckmeldung.csv', bytes([KOPF, ...zeilen].join('\n') + '\n'), kontext);
const meldungen = (...zeilen: string[]) => lies(...zeilen).fehler.map(formatiereFehler);

describe('leseRueckmeldung', () => {
  it('turns a filled template row into answer rows and skips untouched rows', () => {
    const r = lies('13075039,Greifswald,2026-11-01,Verwaltung,,,ja,19.5,,regelmäßig', '13075142,Weitenhagen,,,,,,,,');
    expect(r.fehler).toEqual([]);
    expect(r.leereZeilen).toBe(1);
    expect(r.antworten.map((a) => [a.zeile, a.spalte, a.daten.frage, a.daten.antwort])).toEqual([
      [2, 7, 'beirat', 'ja'],
      [2, 8, 'stunden', '19.5'],
      [2, 10, 'kreis', 'regelmäßig'],
    ]);
    expect(r.antworten[0]!.daten).toEqual({
      gebiet: '13075039',
      frage: 'beirat',
      antwort: 'ja',
      stand: '2026-11-01',
      antwortet: 'Verwaltung',
      quelle_url: 'https://github.com/x/y/pull/1',
      quelle_titel: 'Musterabfrage: Antwort der Verwaltung',
      anmerkung: undefined,
    });
  });

  it('refuses every kind of bad file with a located message and returns no answer at all', () => {
    const gut = '13075039,Greifswald,2026-11-01,Verwaltung,,,ja,,,';
    const faelle: [string, Uint8Array, string][] = [
      ['Semikolon', bytes(KOPF.replaceAll(',', ';') + '\n'), 'rueckmeldung.csv:1:1: Datei ist mit Semikolon getrennt'],
      [
        'Windows-1252',
        new Uint8Array([...bytes(KOPF + '\n13075039,Greifswald'), 0xe4, ...bytes(',2026-11-01,Verwaltung,,,ja,,,\n')]),
        'rueckmeldung.csv:2:1: Datei ist nicht UTF-8-kodiert',
      ],
      ['leer', bytes(''), 'rueckmeldung.csv:1:1: Datei ist leer'],
      ['Kopfzeile', bytes(KOPF + ',bemerkung\n'), 'rueckmeldung.csv:1:11: unbekannte Spalte (got "bemerkung"'],
      [
        'Pflichtspalte',
        bytes(KOPF.replace('antwortet,', '') + '\n'),
        'rueckmeldung.csv:1:10: Spalte „antwortet“ fehlt',
      ],
      ['Feldzahl', bytes(`${KOPF}\n${gut},x\n`), 'rueckmeldung.csv:2:11: falsche Anzahl Felder: 11 statt 10'],
      [
        'Wert',
        bytes(`${KOPF}\n${gut.replace(',ja,', ',jein,')}\n`),
        'rueckmeldung.csv:2:7: Wert nicht im Vokabular (got "jein", expected einen von: ja, nein, teilweise, ' +
          'unbekannt)',
      ],
      [
        'Schlüssel',
        bytes(`${KOPF}\n${gut.replace('13075039', '13075999')}\n`),
        'rueckmeldung.csv:2:1: Gebietsschlüssel nicht im Gebietsregister',
      ],
      [
        'ohne Antwort',
        bytes(`${KOPF}\n13075039,Greifswald,2026-11-01,Verwaltung,,,,,,\n`),
        'rueckmeldung.csv:1:1: keine Antworten in der Datei',
      ],
      [
        'doppelt',
        bytes(`${KOPF}\n${gut}\n${gut.replace(',ja,', ',nein,')}\n`),
        'rueckmeldung.csv:3:1: Gebiet mit gleichem Stand und gleichen Antwortenden schon in Zeile 2',
      ],
    ];
    for (const [fall, inhalt, meldung] of faelle) {
      const r = leseRueckmeldung('rueckmeldung.csv', inhalt, kontext);
      expect(r.fehler.map(formatiereFehler), fall).toEqual([expect.stringContaining(meldung)]);
      expect(r.antworten, fall).toEqual([]);
    }
  });

  it('locates several problems in one file, each at its cell', () => {
    expect(
      meldungen(
        '13075039,Greifswald,2026-11-01,Verwaltung,,,ja,"19,5",,',
        '130755553,Landhagen,2026-11-01,Dritte,,,ja,,-3,',
      ),
    ).toEqual([
      'rueckmeldung.csv:2:8: Zahl mit Dezimalkomma (deutsches Format) (got "19,5", expected eine Zahl ohne ' +
        'Tausenderpunkt, mit Dezimalpunkt (z. B. 19.5), oder unbekannt)',
      'rueckmeldung.csv:3:7: Frage „beirat“ gilt nicht für Ämter (got "ja", expected ein leeres Feld)',
      'rueckmeldung.csv:3:9: negativer Betrag (got "-3", expected einen Betrag in Euro mit Dezimalpunkt (z. B. ' +
        '1234.56), oder unbekannt)',
    ]);
  });
});

const zeile = (nr: number, teil: Partial<AntwortZeile>) => ({
  zeile: nr,
  daten: {
    gebiet: '13075039',
    frage: 'beirat',
    antwort: 'ja',
    stand: '2026-01-10',
    antwortet: 'Verwaltung',
    quelle_url: 'https://example.org/1',
    quelle_titel: 'Q',
    anmerkung: undefined,
    ...teil,
  } as AntwortZeile,
});
const neu = (teil: Partial<AntwortZeile>, spalte = 7): EingeleseneAntwort => ({
  ...zeile(2, { quelle_url: 'https://example.org/neu', ...teil }),
  spalte,
});
const OPTS = { datei: 'r.csv', tabelle: 'data/musterabfrage/antworten.csv' };

describe('fuehreZusammen', () => {
  const bestand = [zeile(2, {}), zeile(3, { frage: 'stunden', antwort: '20' })];

  it('adds nothing when the same answers come again (also from another source)', () => {
    const z = fuehreZusammen(bestand, [neu({}), neu({ frage: 'stunden', antwort: '20' })], OPTS);
    expect(z.neueZeilen).toEqual([]);
    expect(z.eintraege.map((e) => e.art)).toEqual(['unveraendert', 'unveraendert']);
    expect(bericht(z, TEST_REGISTER, { tabelle: OPTS.tabelle, leereZeilen: 0 })).toEqual([
      'Greifswald (13075039), Stand 2026-01-10, Verwaltung: 2 unverändert',
      'Nichts geändert: alle 2 Antworten stehen schon in data/musterabfrage/antworten.csv.',
    ]);
  });

  it('appends a changed answer as a new dated row, an older one as history, and keeps every stored row', () => {
    const z = fuehreZusammen(
      bestand,
      [
        neu({ stand: '2026-06-01', antwort: 'nein' }),
        neu({ stand: '2026-06-01', frage: 'stunden', antwort: '20' }),
        neu({ stand: '2025-05-05', frage: 'budget', antwort: '0' }),
      ],
      OPTS,
    );
    expect(z.konflikte).toEqual([]);
    expect(z.eintraege.map((e) => e.art)).toEqual(['geaendert', 'bestaetigt', 'neu']);
    expect(z.neueZeilen.map((d) => `${d.frage}=${d.antwort}@${d.stand}`)).toEqual([
      'beirat=nein@2026-06-01',
      'stunden=20@2026-06-01',
      'budget=0@2025-05-05',
    ]);
    const aelter = fuehreZusammen(bestand, [neu({ stand: '2025-01-01', antwort: 'nein' })], OPTS);
    expect(aelter.eintraege.map((e) => e.art)).toEqual(['aelter']);
    expect(bericht(aelter, TEST_REGISTER, { tabelle: OPTS.tabelle, leereZeilen: 3 })).toEqual([
      'Greifswald (13075039), Stand 2025-01-01, Verwaltung: 1 älter als gespeichert (nur Verlauf)',
      '  beirat: älter als gespeichert (nur Verlauf), „ja“ (Stand 2026-01-10) → „nein“',
      '3 Zeilen ohne Antworten übersprungen.',
      'data/musterabfrage/antworten.csv: 1 Zeile ergänzt, keine bestehende Zeile geändert.',
    ]);
  });

  it('refuses a contradiction on the same day, located in the returned file', () => {
    const z = fuehreZusammen(bestand, [neu({ antwort: 'nein' })], OPTS);
    expect(z.neueZeilen).toEqual([]);
    expect(z.konflikte.map(formatiereFehler)).toEqual([
      'r.csv:2:7: Antwort widerspricht der gespeicherten vom selben Tag (data/musterabfrage/antworten.csv:2) (got ' +
        '"nein", expected „ja“ wie gespeichert; eine geänderte Antwort mit neuem Stand, eine Berichtigung mit ' +
        '--korrektur)',
    ]);
  });

  it('accepts it with --korrektur as an appended row, and then the same file again changes nothing', () => {
    const z = fuehreZusammen(bestand, [neu({ antwort: 'nein' })], { ...OPTS, korrektur: true });
    expect(z.eintraege.map((e) => e.art)).toEqual(['korrigiert']);
    const danach = [...bestand, zeile(4, z.neueZeilen[0]!)];
    expect(fuehreZusammen(danach, [neu({ antwort: 'nein' })], OPTS).eintraege.map((e) => e.art)).toEqual([
      'unveraendert',
    ]);
  });

  it('keeps answers of the Verwaltung and of Dritte on the same day apart', () => {
    const z = fuehreZusammen(bestand, [neu({ antwortet: 'Dritte', antwort: 'nein' })], OPTS);
    expect(z.konflikte).toEqual([]);
    expect(z.eintraege.map((e) => e.art)).toEqual(['neu']);
  });
});
