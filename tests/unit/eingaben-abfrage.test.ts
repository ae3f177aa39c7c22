// Issue 12: hostile and broken input to the Musterabfrage (points 4, 5 and 8). Each case failed on
// main before the fix; the expected messages are the ones a contributor now reads.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GepruefteZeile } from '../../src/lib/schema/pruefen.ts';
import { fuehreZusammen, gebietSucheAus, leseRueckmeldung } from '../../src/lib/musterabfrage/import.ts';
import {
  namePasst,
  neutralisiereZelle,
  pruefeRueckmeldungsZeile,
  type RueckmeldungsKontext,
  rueckmeldungCsv,
} from '../../src/lib/musterabfrage/rueckmeldung.ts';
import { type AntwortZeile, regelVon } from '../../src/lib/schema/musterabfrage.ts';
import { datenKopie, frage, importiere, TEST_FRAGEN, tempDatei } from '../hilfen/musterabfrage.ts';
import { bytes, HEUTE, TEST_REGISTER } from '../hilfen/register.ts';

const k: RueckmeldungsKontext = {
  fragen: new Map(TEST_FRAGEN.map((f) => [f.id, regelVon(f)])),
  gebiet: gebietSucheAus(TEST_REGISTER),
  heute: HEUTE,
  quellePflicht: true,
};
const zeile = (teil: Record<string, string>) => ({
  gebiet: '13075039',
  name: 'Greifswald',
  stand: '2026-11-01',
  antwortet: 'Verwaltung',
  quelle_url: 'https://example.org/a',
  quelle_titel: '',
  beirat: 'ja',
  ...teil,
});
const probleme = (teil: Record<string, string>) => {
  const r = pruefeRueckmeldungsZeile(zeile(teil), k);
  return r.leer ? 'leer' : r.probleme.map((p) => `${p.spalte}: ${p.meldung}${p.erwartet ? ` | ${p.erwartet}` : ''}`);
};

describe('the import’s rules', () => {
  it('does not take a single letter for the name of a Gebiet', () => {
    expect(probleme({ name: 'G' })).toEqual([
      'name: Name passt nicht zum Schlüssel 13075039 | Greifswald (oder den Schlüssel prüfen)',
    ]);
    expect(probleme({ name: 'Greif' })).toEqual([]);
    expect(namePasst('Hansestadt Greifswald', 'Greifswald')).toBe(true);
    expect(namePasst('Benz', 'Benz')).toBe(true);
    expect(namePasst('wald', 'Greifswald')).toBe(true);
    expect(namePasst('ald', 'Greifswald')).toBe(false);
  });

  it('says that the Land is not asked when the Land key 13 is given', () => {
    expect(probleme({ gebiet: '13', name: '' })).toEqual([
      'gebiet: das Land wird nicht befragt | einen Kreis, ein Amt oder eine Gemeinde',
    ]);
  });

  it('refuses a Stand before the InTG M-V came into force', () => {
    expect(probleme({ stand: '1950-01-01' })).toEqual([
      'stand: Stand liegt vor dem Inkrafttreten des InTG M-V | ein Datum ab 2024-04-02',
    ]);
    expect(probleme({ stand: '2024-04-02' })).toEqual([]);
  });

  it('refuses control characters and formulas in text cells', () => {
    expect(probleme({ anmerkungen: 'Text\u0000mit NUL' })).toEqual([
      'anmerkungen: Steuerzeichen im Text | einen Text ohne Steuerzeichen',
    ]);
    expect(probleme({ anmerkungen: 'Glocke\u0007' })).toEqual([
      'anmerkungen: Steuerzeichen im Text | einen Text ohne Steuerzeichen',
    ]);
    const formel =
      'einen Text, der nicht mit =, +, -, @, Tabulator oder Zeilenumbruch beginnt ' +
      '(ein Minus am Anfang als Gedankenstrich „–“ schreiben oder ein Wort davorsetzen)';
    expect(probleme({ anmerkungen: '=HYPERLINK("http://evil.example","x")' })).toEqual([
      `anmerkungen: Text beginnt mit „=“ und wäre in einer Tabellenkalkulation eine Formel | ${formel}`,
    ]);
    expect(probleme({ anmerkungen: "=cmd|' /C calc'!A0" })).toHaveLength(1);
    expect(probleme({ anmerkungen: '\t=1+1' })).toHaveLength(1);
    expect(probleme({ anmerkungen: '- mehr Geld' })).toEqual([
      `anmerkungen: Text beginnt mit „-“ und wäre in einer Tabellenkalkulation eine Formel | ${formel}`,
    ]);
    expect(probleme({ quelle_titel: '@SUM(1+1)' })).toEqual([
      `quelle_titel: Text beginnt mit „@“ und wäre in einer Tabellenkalkulation eine Formel | ${formel}`,
    ]);
    expect(probleme({ anmerkungen: '– mehr Geld, 1 + 1 = 2' })).toEqual([]);
  });

  it('writes no formula into a return file, whatever it is given', () => {
    expect(neutralisiereZelle('=1+1')).toBe("'=1+1");
    expect(neutralisiereZelle('  @A1 ')).toBe("'@A1");
    expect(neutralisiereZelle('2023-01-10')).toBe('2023-01-10');
    const csv = rueckmeldungCsv(['anmerkungen'], [{ gebiet: '13075039', anmerkungen: '+cmd' }]);
    expect(csv.trimEnd().split('\n')[1]).toBe("13075039,,,,,,'+cmd");
  });

  it('reads a question id such as "constructor" as a column, never as a property of Object', () => {
    const fragen = [...TEST_FRAGEN, frage('constructor'), frage('to-string'), frage('hasownproperty')];
    const datei =
      'gebiet,name,stand,antwortet,quelle_url,quelle_titel,beirat\n13075039,Greifswald,2026-11-01,Verwaltung,,,ja\n';
    const r = leseRueckmeldung('r.csv', bytes(datei), {
      fragen,
      register: TEST_REGISTER,
      heute: HEUTE,
      quelle: 'https://example.org/pr',
    });
    expect(r.fehler).toEqual([]);
    expect(r.antworten.map((a) => a.daten.frage)).toEqual(['beirat']);
  });
});

const antwort = (zeile: number, teil: Partial<AntwortZeile> = {}): GepruefteZeile<AntwortZeile> => ({
  zeile,
  daten: {
    gebiet: `1307${String(zeile % 10_000).padStart(4, '0')}`,
    frage: 'beirat',
    antwort: 'ja',
    stand: '2026-11-01',
    antwortet: 'Verwaltung',
    quelle_url: 'https://example.org/a',
    quelle_titel: 'Q',
    anmerkung: undefined,
    ...teil,
  },
});

describe('merging answers', () => {
  it('merges into a table of 200,000 rows without overflowing the call stack', () => {
    const bestand = Array.from({ length: 200_000 }, (_, i) => antwort(i + 2, { frage: `f${Math.floor(i / 10_000)}` }));
    const neu = { datei: 'r.csv', zeile: 2, spalte: 7, daten: antwort(0, { gebiet: '13075039' }).daten };
    const z = fuehreZusammen(bestand, [neu], { datei: 'r.csv', tabelle: 'antworten.csv' });
    expect(z.eintraege.map((e) => e.art)).toEqual(['neu']);
  });

  it('lets a correction return to the earlier answer of the same day', () => {
    const erst = antwort(2, { gebiet: '13075039', antwort: 'ja' });
    const berichtigt = antwort(3, { gebiet: '13075039', antwort: 'nein' });
    const zurueck = { datei: 'r.csv', zeile: 2, spalte: 7, daten: { ...erst.daten } };
    const z = fuehreZusammen([erst, berichtigt], [zurueck], {
      datei: 'r.csv',
      tabelle: 'antworten.csv',
      korrektur: true,
    });
    expect(z.konflikte).toEqual([]);
    expect(z.eintraege.map((e) => [e.art, e.vorher?.zeile])).toEqual([['korrigiert', 3]]);
  });
});

describe('npm run abfrage:import on a copy of data/', () => {
  const PR = 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/12';
  const kopf = 'gebiet,name,stand,antwortet,quelle_url,quelle_titel,beirat';
  const datei = (antwortWert: string, stand = '2026-11-02') =>
    tempDatei('r.csv', `${kopf}\n13075039,Greifswald,${stand},Verwaltung,,,${antwortWert}\n`);

  it('corrects an answer back to its earlier value, and the table still passes check', () => {
    const daten = datenKopie();
    expect(importiere(datei('ja'), daten, '--quelle', PR).status).toBe(0);
    expect(importiere(datei('nein'), daten, '--quelle', `${PR}#berichtigung`, '--korrektur').status).toBe(0);
    const zurueck = importiere(datei('ja'), daten, '--quelle', `${PR}#zurueck`, '--korrektur');
    expect(zurueck.stderr).toBe('');
    expect(zurueck.stdout).toContain('beirat: berichtigt, „nein“ (Stand 2026-11-02) → „ja“');
    const tabelle = fs.readFileSync(path.join(daten, 'musterabfrage', 'antworten.csv'), 'utf8');
    expect(
      tabelle
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((z) => z.split(',')[2]),
    ).toEqual(['ja', 'nein', 'ja']);
  });

  it('removes what a killed earlier run left behind, and leaves no temporary file itself', () => {
    const daten = datenKopie();
    const ordner = path.join(daten, 'musterabfrage');
    // No process has this id: pids on Linux stay below 2^22.
    fs.writeFileSync(path.join(ordner, 'antworten.csv.4194305.tmp'), 'halb geschrieben');
    expect(importiere(datei('ja'), daten, '--quelle', PR).status).toBe(0);
    expect(fs.readdirSync(ordner).filter((d) => d.endsWith('.tmp'))).toEqual([]);
  });
});
