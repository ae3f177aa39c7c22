import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feldRegister } from '../../src/lib/schema/felder.ts';
import { abfrageAntworten, forderungen, intgAussagen, strukturen, TABELLEN } from '../../src/lib/schema/index.ts';
import type { Tabelle } from '../../src/lib/schema/tabelle.ts';

// CONTRIBUTING.md names the allowed values of some columns in its own words. The values themselves
// come from the vocabularies in src/lib/schema/, so a renamed or added value fails here until the
// guide says it too.
const ANLEITUNG = fs.readFileSync('CONTRIBUTING.md', 'utf8');

/** The text of the section (## or ###) whose heading contains `ueberschrift`. */
function abschnitt(ueberschrift: string): string {
  const teile = ANLEITUNG.split(/^(?=#{2,3} )/m);
  const treffer = teile.find((t) => t.split('\n')[0]?.includes(ueberschrift));
  if (!treffer) throw new Error(`Kein Abschnitt „${ueberschrift}“ in CONTRIBUTING.md`);
  return treffer;
}

/** The backticked values in the first sentence of the bullet `- **spalte:** …` in a section. */
function aufgezaehlt(text: string, spalte: string): string[] | undefined {
  const m = new RegExp(`^- \\*\\*${spalte}:\\*\\*(.*(?:\\n {2}.*)*)`, 'm').exec(text);
  if (!m) return undefined;
  const ersterSatz = (m[1] ?? '').replaceAll('z. B.', 'z.B.').split(/\.\s/)[0] ?? '';
  return [...ersterSatz.matchAll(/`([^`]+)`/g)].map((w) => w[1] ?? '');
}

function vokabularVon(tabelle: Tabelle, spalte: string): readonly string[] | undefined {
  const feld = tabelle.schema.shape[spalte];
  return feld ? feldRegister.get(feld)?.werte : undefined;
}

describe('CONTRIBUTING.md', () => {
  it.each([
    { ueberschrift: '`data/strukturen.csv`', tabelle: strukturen, spalte: 'typ' },
    { ueberschrift: '`data/strukturen.csv`', tabelle: strukturen, spalte: 'status' },
    { ueberschrift: '`data/intg-aussagen.csv`', tabelle: intgAussagen, spalte: 'verbindlichkeit' },
    { ueberschrift: '`data/forderungen.csv`', tabelle: forderungen, spalte: 'status' },
    { ueberschrift: 'Für Kommunen und alle', tabelle: abfrageAntworten, spalte: 'antwortet' },
  ])(
    'lists every value of $tabelle.name.$spalte, in the order of the vocabulary',
    ({ ueberschrift, tabelle, spalte }) => {
      expect(aufgezaehlt(abschnitt(ueberschrift), spalte)).toEqual(vokabularVon(tabelle, spalte));
    },
  );

  it('names only allowed values wherever it explains a vocabulary column of a table', () => {
    let geprueft = 0;
    for (const tabelle of TABELLEN) {
      const ueberschrift = `\`data/${tabelle.datei}\``;
      if (!ANLEITUNG.split('\n').some((z) => /^#{2,3} /.test(z) && z.includes(ueberschrift))) continue;
      const text = abschnitt(ueberschrift);
      for (const spalte of Object.keys(tabelle.schema.shape)) {
        const werte = vokabularVon(tabelle, spalte);
        const genannt = werte && aufgezaehlt(text, spalte);
        if (!werte || !genannt) continue;
        for (const wert of genannt) expect(werte, `${tabelle.datei}, ${spalte}`).toContain(wert);
        geprueft++;
      }
    }
    // typ and status of strukturen, verbindlichkeit and wortlaut_geprueft, forderung and status.
    expect(geprueft).toBeGreaterThanOrEqual(6);
  });
});
