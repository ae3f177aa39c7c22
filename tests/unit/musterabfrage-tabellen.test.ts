import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { pruefeBezuege, pruefeTabelle } from '../../src/lib/schema/pruefen.ts';
import { abfrageAntworten, abfrageFragen, type FrageZeile } from '../../src/lib/schema/musterabfrage.ts';
import type { BezugsKontext } from '../../src/lib/schema/tabelle.ts';
import { bytes, HEUTE, TEST_REGISTER } from '../hilfen/register.ts';
import { TEST_FRAGEN } from '../hilfen/musterabfrage.ts';

const FRAGEN_KOPF = 'id,thema,frage,hilfe,antworttyp,optionen,einheit,ebenen,fassung,quelle_url,quelle_titel';
const pruefeFragen = (...zeilen: string[]) =>
  pruefeTabelle(abfrageFragen, bytes([FRAGEN_KOPF, ...zeilen].join('\n') + '\n'), { heute: HEUTE }).fehler.map(
    formatiereFehler,
  );

describe('data/musterabfrage/fragen.csv', () => {
  it('holds 15 to 25 draft questions, each with help and a source, covering the topics the issue asks for', () => {
    const r = pruefeTabelle(abfrageFragen, fs.readFileSync('data/musterabfrage/fragen.csv'), { heute: HEUTE });
    expect(r.fehler).toEqual([]);
    const fragen = r.zeilen.map((z) => z.daten);
    expect(fragen.length).toBeGreaterThanOrEqual(15);
    expect(fragen.length).toBeLessThanOrEqual(25);
    expect(fragen.every((f) => f.fassung === 'Entwurf')).toBe(true);
    const ids = fragen.map((f) => f.id);
    for (const id of [
      'beirat',
      'beirat-seit',
      'beirat-bildung',
      'beirat-budget',
      'beirat-sitzungen',
      'beauftragte',
      'beauftragte-stunden',
      'beauftragte-form',
      'konzept',
      'konzept-beschluss',
      'konzept-fortschreibung',
      'konzept-auswertung',
      'haushalt-2024',
      'haushalt-2027',
      'fonds-antraege',
      'fonds-bewilligungen',
      'sprachmittlung',
      'mso-unterstuetzung',
      'fortbildung',
      'personalgewinnung',
      'zusammenarbeit-kreis',
    ]) {
      expect(ids).toContain(id);
    }
    expect(fragen.find((f) => f.id === 'beauftragte-form')!.optionen).toEqual(['Vollzeit', 'Teilzeit', 'Ehrenamt']);
    // No question claims a verified section of the law.
    expect(fragen.filter((f) => /§/.test(`${f.frage} ${f.hilfe ?? ''}`))).toEqual([]);
  });

  it('checks the rules of a question row', () => {
    const zeile = (id: string, typ: string, optionen = '', einheit = '', ebenen = 'kreis|gemeinde') =>
      `${id},beirat,Frage?,,${typ},${optionen},${einheit},${ebenen},Entwurf,https://example.org/,Q`;
    expect(
      pruefeFragen(
        zeile('a', 'auswahl', 'x'),
        zeile('b', 'ja-nein', 'x|y'),
        zeile('c', 'auswahl', 'x|unbekannt'),
        zeile('d', 'betrag', '', 'Euro'),
        zeile('stand', 'text'),
      ),
    ).toEqual([
      'data/musterabfrage/fragen.csv:2:6: Auswahl ohne mindestens zwei Optionen (got "x", expected zwei oder mehr ' +
        'Antworten, getrennt durch |)',
      'data/musterabfrage/fragen.csv:3:6: Optionen passen nicht zum Antworttyp „ja-nein“ (got "x|y", expected ein ' +
        'leeres Feld)',
      'data/musterabfrage/fragen.csv:4:6: unbekannt ist immer möglich und steht nicht in den Optionen (got ' +
        '"x|unbekannt", expected die Optionen ohne unbekannt)',
      'data/musterabfrage/fragen.csv:5:7: Einheit passt nicht zum Antworttyp „betrag“ (got "Euro", expected ein ' +
        'leeres Feld)',
      'data/musterabfrage/fragen.csv:6:1: id „stand“ ist schon eine Spalte der Antwortvorlage (got "stand", expected ' +
        'eine andere id)',
    ]);
    expect(
      pruefeFragen(
        zeile('A b', 'text'),
        zeile('e', 'text', '', '', 'kreis|land'),
        zeile('f', 'text', '', '', 'kreis||amt'),
      ),
    ).toEqual([
      'data/musterabfrage/fragen.csv:2:1: ungültige id (got "A b", expected Kleinbuchstaben, Ziffern und ' +
        'Bindestriche, z. B. beirat-seit)',
      'data/musterabfrage/fragen.csv:3:8: Wert nicht im Vokabular (got "kreis|land", expected Werte aus kreis, amt, ' +
        'gemeinde, getrennt durch |)',
      'data/musterabfrage/fragen.csv:4:8: leerer Wert in der Liste (got "kreis||amt", expected Werte aus kreis, amt, ' +
        'gemeinde, getrennt durch |)',
    ]);
  });
});

describe('data/musterabfrage/antworten.csv against the questionnaire', () => {
  const KOPF = 'gebiet,frage,antwort,stand,antwortet,quelle_url,quelle_titel,anmerkung';
  const kontext: BezugsKontext = {
    register: TEST_REGISTER,
    zeilen: (t) =>
      ((t as unknown) === abfrageFragen ? TEST_FRAGEN.map((daten, i) => ({ zeile: i + 2, daten })) : []) as never,
  };
  const pruefe = (...zeilen: string[]) => {
    const r = pruefeTabelle(abfrageAntworten, bytes([KOPF, ...zeilen].join('\n') + '\n'), {
      register: TEST_REGISTER,
      heute: HEUTE,
    });
    return [...r.fehler, ...pruefeBezuege(abfrageAntworten, r.zeilen, kontext)].map(formatiereFehler);
  };
  const zeile = (frage: string, antwort: string, gebiet = '13075039') =>
    `${gebiet},${frage},${antwort},2026-11-01,Verwaltung,https://example.org/pr/1,Q,`;

  it('accepts answers that fit their questions', () => {
    expect(
      pruefe(
        zeile('beirat', 'ja'),
        zeile('stunden', '19.5'),
        zeile('budget', 'unbekannt'),
        zeile('beirat', 'ja', '13003000'),
      ),
    ).toEqual([]);
  });

  it('locates an unknown question, a wrong answer and a question for another level', () => {
    expect(
      pruefe(
        zeile('gibtsnicht', 'ja'),
        zeile('stunden', '"19,5"'),
        zeile('beirat', 'ja', '130755553'),
        zeile('kreis', 'keine', '13003000'),
      ),
    ).toEqual([
      'data/musterabfrage/antworten.csv:2:2: Frage nicht im Fragebogen (got "gibtsnicht", expected eine id aus ' +
        'data/musterabfrage/fragen.csv)',
      'data/musterabfrage/antworten.csv:3:3: Zahl mit Dezimalkomma (deutsches Format) (got "19,5", expected eine ' +
        'Zahl ohne Tausenderpunkt, mit Dezimalpunkt (z. B. 19.5), oder unbekannt)',
      'data/musterabfrage/antworten.csv:4:2: Frage „beirat“ gilt nicht für Ämter (got "beirat", expected eine Frage ' +
        'für amt)',
      'data/musterabfrage/antworten.csv:5:2: Frage „kreis“ gilt nicht für Kreise und kreisfreie Städte (got "kreis", ' +
        'expected eine Frage für kreis)',
    ]);
  });

  it('keeps the answers of a kreisfreie Stadt under its Gemeindeschlüssel', () => {
    expect(pruefe(zeile('beirat', 'ja', '13003'))).toEqual([
      'data/musterabfrage/antworten.csv:2:1: Rostock ist eine kreisfreie Stadt; ihre Daten stehen unter dem ' +
        'Gemeindeschlüssel (got "13003", expected 13003000)',
    ]);
  });

  it('refuses the same answer twice, but not a changed answer on a later day', () => {
    expect(pruefe(zeile('beirat', 'ja'), zeile('beirat', 'ja'))).toEqual([
      expect.stringMatching(/^data\/musterabfrage\/antworten\.csv:3:1: doppelte Beobachtung, gleich wie Zeile 2/),
    ]);
    expect(pruefe(zeile('beirat', 'ja'), zeile('beirat', 'nein').replace('2026-11-01', '2026-11-20'))).toEqual([]);
  });
});

describe('the questionnaire type', () => {
  it('is what the schema yields', () => {
    const f: FrageZeile = TEST_FRAGEN[0]!;
    expect(Object.keys(f).sort()).toEqual(Object.keys(abfrageFragen.schema.shape).sort());
  });
});
