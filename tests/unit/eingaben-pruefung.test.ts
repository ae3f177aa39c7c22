// Issue 12: hostile and broken input to `npm run check` (points 1, 6 and 7). Each case failed on main
// before the fix. Data cases run on fixture copies of data/, so a correct data change never breaks them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Fehler, formatiereFehler, sichereZeile, sichtbar } from '../../src/lib/csv/fehler.ts';
import { leseCsv } from '../../src/lib/csv/lesen.ts';
import { datenKopie } from '../hilfen/musterabfrage.ts';
import { bytes } from '../hilfen/register.ts';

/** `npm run check` against a data directory, as CI runs it. */
function pruefe(daten: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', '--daten', daten], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, zeilen: `${r.stdout}${r.stderr}`.split('\n') };
}

/** A copy of data/ with one table changed by `aendere` (its text in, new text out). */
function kopieMit(datei: string, aendere: (text: string) => string): string {
  const daten = datenKopie();
  const pfad = path.join(daten, datei);
  fs.writeFileSync(pfad, aendere(fs.readFileSync(pfad, 'utf8')));
  return daten;
}

const nurKopf = (text: string) => `${text.split('\n')[0]}\n`;

describe('an emptied table', () => {
  for (const datei of [
    'strukturen.csv',
    'einwohner.csv',
    'intg-aussagen.csv',
    'fonds-haushalt.csv',
    'fonds-bewilligungen.csv',
    'ereignisse.csv',
    'forderungen.csv',
    'gebietsaenderungen.csv',
    'musterabfrage/fragen.csv',
  ]) {
    it(`fails the check: ${datei}`, () => {
      const r = pruefe(kopieMit(datei, nurKopf));
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        `data/${datei}:2:1: Tabelle hat keine Zeilen (expected mindestens eine Zeile unter der Kopfzeile ` +
          '(leer sein darf nur, was docs/daten.md erlaubt))',
      );
    });
  }

  it('passes for a table that says why it may be empty', () => {
    const r = pruefe(kopieMit('musterabfrage/antworten.csv', nurKopf));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('messages', () => {
  const fehler = (gefunden: string): Fehler => ({ datei: 'data/x.csv', zeile: 2, spalte: 1, meldung: 'm', gefunden });

  it('show invisible and look-alike characters', () => {
    expect(formatiereFehler(fehler('13075039\u200B'))).toBe('data/x.csv:2:1: m (got "13075039⟨U+200B⟩")');
    expect(sichtbar('Hanse\u00A0stadt')).toBe('Hanse⟨U+00A0⟩stadt');
    expect(sichtbar('Gu\u0308strow')).toBe('Gu⟨U+0308⟩strow');
    expect(sichtbar('Güstrow')).toBe('Güstrow');
    expect(sichtbar('\uFEFFgebiet\t')).toBe('⟨U+FEFF⟩gebiet⟨U+0009⟩');
  });

  it('stay one line and never start a workflow command', () => {
    expect(formatiereFehler(fehler('x\n::error title=Angriff::hallo\r'))).toBe(
      'data/x.csv:2:1: m (got "x⟨U+000A⟩::error title=Angriff::hallo⟨U+000D⟩")',
    );
    expect(sichereZeile('::add-mask::geheim')).toBe('⟨U+003A⟩:add-mask::geheim');
    expect(sichereZeile('a\nb')).toBe('a⟨U+000A⟩b');
  });

  it('of a real check never print a line that starts with "::", on stdout or stderr', () => {
    const daten = kopieMit('strukturen.csv', (t) => {
      const [kopf, erste, ...rest] = t.split('\n');
      const felder = (erste ?? '').split(',');
      felder[0] = '"13075039\n::add-mask::geheim\n::error title=x::y"';
      return [kopf, felder.join(','), ...rest].join('\n');
    });
    const r = pruefe(daten);
    expect(r.status).toBe(1);
    expect(r.zeilen.filter((z) => z.startsWith('::'))).toEqual([]);
    expect(r.stderr).toContain('got "13075039⟨U+000A⟩::add-mask::geheim⟨U+000A⟩::error title=x::y"');
    const github = pruefe(daten, { GITHUB_ACTIONS: 'true' });
    expect(github.zeilen.filter((z) => z.startsWith('::') && !z.startsWith('::error file=data/'))).toEqual([]);
  });
});

describe('reading a CSV', () => {
  it('names an unclosed quote as such', () => {
    const r = leseCsv('data/x.csv', bytes('a,b\n1,2\n3,"offen\n4,5\n'));
    expect(r.ok ? [] : r.fehler.map(formatiereFehler)).toEqual([
      'data/x.csv:3:2: Anführungszeichen nicht geschlossen: das Feld reicht bis zum Ende der Datei ' +
        '(expected ein Feld ganz in "…", ein " im Text verdoppelt als "")',
    ]);
  });

  it('gives a tab-separated file the same one-line hint as a semicolon file', () => {
    const r = leseCsv('data/x.csv', bytes('gebiet\ttyp\tstatus\n13075039\tbeirat\tvorhanden\n'));
    expect(r.ok ? [] : r.fehler.map((f) => f.meldung)).toEqual([
      'Datei ist mit Tabulator getrennt, mit Excel als „CSV (Trennzeichen-getrennt)“ gespeichert? ' +
        'Bitte als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern',
    ]);
  });

  it('refuses a lone CR, which a spreadsheet reads as a new row (found by the fuzzer)', () => {
    const r = leseCsv('data/x.csv', bytes('a,b\n1,2\n3,vier\rfünf\n'));
    expect(r.ok ? [] : r.fehler.map(formatiereFehler)).toEqual([
      'data/x.csv:3:2: Zeilenumbruch aus einem einzelnen Wagenrücklauf (CR) ' +
        '(expected Zeilenenden als LF oder CRLF; ein CR allein lesen Tabellenkalkulationen als neue Zeile)',
    ]);
  });

  it('refuses a column name with a space at its edge, which the published files would keep', () => {
    const r = leseCsv('data/x.csv', bytes('a,name \n1,2\n'));
    expect(r.ok ? [] : r.fehler.map(formatiereFehler)).toEqual([
      'data/x.csv:1:2: Leerzeichen am Rand eines Spaltennamens ' +
        '(got "name ", expected „name“ ohne Leerzeichen davor oder danach)',
    ]);
  });
});
