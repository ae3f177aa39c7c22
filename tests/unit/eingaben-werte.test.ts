// Issue 12, point 6: values that passed `npm run check` and then showed up wrong on the site. Each case failed
// on main before the fix. The cases change a fixture copy of data/ and read the row they change from it, so a
// correct data change never breaks them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { leseCsv } from '../../src/lib/csv/lesen.ts';
import { csvZeilen } from '../../src/lib/csv/zeile.ts';
import { pruefeAlles } from '../../src/lib/laden/datenbestand.ts';
import { datenKopie } from '../hilfen/musterabfrage.ts';

interface Tabelle {
  kopf: string[];
  zeilen: string[][];
}

function lies(daten: string, datei: string): Tabelle {
  const r = leseCsv(`data/${datei}`, fs.readFileSync(path.join(daten, datei)));
  if (!r.ok) throw new Error(r.fehler.map(formatiereFehler).join('\n'));
  return { kopf: r.tabelle.kopf, zeilen: r.tabelle.zeilen.map((z) => z.felder) };
}

/** Changes one table of a fresh data copy and returns the check's messages for that table. */
function pruefeMit(datei: string, aendere: (t: Tabelle, spalte: (name: string) => number) => void): string[] {
  const daten = datenKopie();
  const t = lies(daten, datei);
  aendere(t, (name) => t.kopf.indexOf(name));
  fs.writeFileSync(path.join(daten, datei), csvZeilen(t.kopf, t.zeilen));
  return pruefeAlles(daten).fehler.map(formatiereFehler);
}

describe('values that passed the check before', () => {
  it('a structure "since" a date after its Stand', () => {
    let erwartet = '';
    const meldungen = pruefeMit('strukturen.csv', (t, s) => {
      const i = t.zeilen.findIndex((z) => /^\d{4}-\d{2}-\d{2}$/.test(z[s('stand')]!));
      const stand = t.zeilen[i]![s('stand')]!;
      const seit = `${Number(stand.slice(0, 4)) + 1}`;
      t.zeilen[i]![s('seit')] = seit;
      erwartet =
        `data/strukturen.csv:${i + 2}:${s('seit') + 1}: Beginn liegt nach dem Stand ${stand} ` +
        `(got "${seit}", expected ein Datum bis ${stand})`;
    });
    expect(meldungen).toEqual([erwartet]);
  });

  it('an amount beyond what a number holds to the cent', () => {
    const meldungen = pruefeMit('fonds-haushalt.csv', (t, s) => {
      t.zeilen[0]![s('betrag_eur')] = '99999999999999999999999.99';
    });
    expect(meldungen).toEqual([
      `data/fonds-haushalt.csv:2:${3}: Betrag zu groß, er würde gerundet ` +
        '(got "99999999999999999999999.99", expected höchstens 90071992547409.91)',
    ]);
  });

  it('a population that would be rounded', () => {
    const meldungen = pruefeMit('einwohner.csv', (t, s) => {
      t.zeilen[0]![s('einwohner')] = '99999999999999999999';
    });
    expect(meldungen).toEqual([
      'data/einwohner.csv:2:2: Zahl zu groß, sie würde gerundet ' +
        '(got "99999999999999999999", expected höchstens 9007199254740991)',
    ]);
  });

  it('a population of 0', () => {
    const meldungen = pruefeMit('einwohner.csv', (t, s) => {
      t.zeilen[1]![s('einwohner')] = '0';
    });
    expect(meldungen).toEqual([
      'data/einwohner.csv:3:2: Einwohnerzahl 0 (got "0", expected eine Zahl über 0 (ist die Zahl unbekannt, ' +
        'die Zeile weglassen))',
    ]);
  });

  it('a Gemeinde with more people than the Land', () => {
    let erwartet = '';
    const meldungen = pruefeMit('einwohner.csv', (t, s) => {
      const land = t.zeilen.find((z) => z[s('gebiet')] === '13')!;
      const i = t.zeilen.findIndex((z) => z[s('gebiet')]!.length === 8 && z[s('stichtag')] === land[s('stichtag')]);
      const mehr = String(Number(land[s('einwohner')]) + 1);
      t.zeilen[i]![s('einwohner')] = mehr;
      erwartet =
        `data/einwohner.csv:${i + 2}:2: mehr Einwohner als das Land ` +
        `(got "${mehr}", expected höchstens ${land[s('einwohner')]} (das Land am selben Stichtag))`;
    });
    expect(meldungen).toEqual([erwartet]);
  });

  it('a NUL byte or another control character in a text cell', () => {
    const meldungen = pruefeMit('strukturen.csv', (t, s) => {
      t.zeilen[0]![s('anmerkung')] = 'vorher\u0000nachher';
      t.zeilen[1]![s('quelle_titel')] = 'Titel\u001b[31m';
    });
    const spalte = (name: string) => lies('data', 'strukturen.csv').kopf.indexOf(name) + 1;
    expect(meldungen).toEqual([
      `data/strukturen.csv:2:${spalte('anmerkung')}: Steuerzeichen im Text ` +
        '(got "vorher⟨U+0000⟩nachher", expected einen Text ohne Steuerzeichen)',
      `data/strukturen.csv:3:${spalte('quelle_titel')}: Steuerzeichen im Text ` +
        '(got "Titel⟨U+001B⟩[31m", expected einen Text ohne Steuerzeichen)',
    ]);
  });

  it('a spreadsheet formula in a text cell (OWASP "CSV Injection")', () => {
    const meldungen = pruefeMit('strukturen.csv', (t, s) => {
      t.zeilen[0]![s('anmerkung')] = '=HYPERLINK("http://evil.example","x")';
      t.zeilen[1]![s('quelle_titel')] = " =cmd|' /C calc'!A0";
    });
    const spalte = (name: string) => lies('data', 'strukturen.csv').kopf.indexOf(name) + 1;
    const erwartet =
      'expected einen Text, der nicht mit =, +, -, @, Tabulator oder Zeilenumbruch beginnt (ein Minus am Anfang ' +
      'als Gedankenstrich „–“ schreiben oder ein Wort davorsetzen))';
    expect(meldungen).toEqual([
      `data/strukturen.csv:2:${spalte('anmerkung')}: Text beginnt mit „=“ und wäre in einer Tabellenkalkulation ` +
        `eine Formel (got "=HYPERLINK("http://evil.example","x")", ${erwartet}`,
      `data/strukturen.csv:3:${spalte('quelle_titel')}: Text beginnt mit „=“ und wäre in einer Tabellenkalkulation ` +
        `eine Formel (got " =cmd|' /C calc'!A0", ${erwartet}`,
    ]);
  });

  it('two observations of one structure on one day with contradicting statuses', () => {
    let erwartet = '';
    const meldungen = pruefeMit('strukturen.csv', (t, s) => {
      const i = t.zeilen.findIndex((z) => z[s('status')] === 'vorhanden' && z[s('stand')] !== 'unbekannt');
      const zweite = [...t.zeilen[i]!];
      zweite[s('status')] = 'aufgelöst';
      zweite[s('quelle_url')] = 'https://example.org/andere-quelle';
      t.zeilen.push(zweite);
      const stand = zweite[s('stand')];
      erwartet =
        `data/strukturen.csv:${t.zeilen.length + 1}:${s('status') + 1}: Status widerspricht Zeile ${i + 2} ` +
        `mit demselben Stand ${stand} („vorhanden“) (got "aufgelöst", expected „vorhanden“ oder einen anderen Stand)`;
    });
    expect(meldungen).toEqual([erwartet]);
  });

  it('a Gemeinde name too long to become a folder of the site (it once left dist/ half-written)', () => {
    const lang = 'Langername'.repeat(30) + 'Ende1234';
    const meldungen = pruefeMit('gebietsaenderungen.csv', (t, s) => {
      t.zeilen[0]![s('neu_name')] = lang;
    });
    expect(meldungen).toHaveLength(1);
    expect(meldungen[0]).toContain(
      `data/gebietsaenderungen.csv:2:5: Name zu lang (308 Zeichen) (got "${lang.slice(0, 20)}`,
    );
    expect(meldungen[0]).toContain(
      'expected einen Gemeindenamen mit höchstens 100 Zeichen (er wird Teil einer Webadresse))',
    );
  });
});
