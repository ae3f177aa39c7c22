import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fehlerText, githubAnnotation, githubZusammenfassung } from '../../src/lib/csv/github.ts';

const FEHLER = {
  datei: 'data/strukturen.csv',
  zeile: 64,
  spalte: 3,
  meldung: 'Wert nicht im Vokabular',
  gefunden: 'gibts',
  erwartet: 'einen von: vorhanden, beschlossen',
};

describe('githubAnnotation', () => {
  it('points GitHub at file, line and column and says in German what is wrong', () => {
    expect(githubAnnotation(FEHLER)).toBe(
      '::error file=data/strukturen.csv,line=64,col=3,title=Datenprüfung%2C Spalte 3::Wert nicht im Vokabular. ' +
        'Gefunden: „gibts“. Erwartet: einen von: vorhanden, beschlossen. Hilfe: CONTRIBUTING.md, Abschnitt „Was die ' +
        'Prüfung kontrolliert“',
    );
  });

  it('escapes what would end the command or break the message', () => {
    const a = githubAnnotation({ datei: 'data/a,b.csv', zeile: 1, spalte: 1, meldung: '100% falsch\nzweite Zeile' });
    expect(a).toMatch(/^::error file=data\/a%2Cb\.csv,line=1,col=1,/);
    expect(a).toContain('::100%25 falsch%0Azweite Zeile');
    expect(a.split('\n')).toHaveLength(1);
  });
});

describe('githubZusammenfassung', () => {
  it('lists every problem in one table, pipes escaped', () => {
    const md = githubZusammenfassung([FEHLER, { ...FEHLER, zeile: 65, gefunden: 'a|b', erwartet: undefined }], {});
    expect(md).toContain('## Datenprüfung: 2 Probleme');
    expect(md).toContain(
      '| data/strukturen.csv | 64 | 3 | Wert nicht im Vokabular | gibts | einen von: vorhanden, beschlossen |',
    );
    expect(md).toContain('| data/strukturen.csv | 65 | 3 | Wert nicht im Vokabular | a\\|b | – |');
  });

  it('reports the all-clear with the number of rows', () => {
    expect(githubZusammenfassung([], { 'a.csv': 3, 'b.csv': 4 })).toBe(
      '## Datenprüfung: alles in Ordnung\n\n7 Zeilen in 2 Tabellen geprüft.\n',
    );
  });

  it('words a problem without found value', () => {
    expect(fehlerText({ datei: 'x', zeile: 1, spalte: 1, meldung: 'Datei ist leer', erwartet: 'eine Kopfzeile' })).toBe(
      'Datei ist leer. Erwartet: eine Kopfzeile',
    );
  });
});

describe('npm run check in GitHub Actions', () => {
  it('writes annotations for the pull request and a table into the job summary', () => {
    const kopie = fs.mkdtempSync(path.join(os.tmpdir(), 'daten-'));
    fs.cpSync('data', kopie, { recursive: true });
    fs.appendFileSync(path.join(kopie, 'forderungen.csv'), 'anerkennung,erledigt,2025,B,https://example.org/,Q,\n');
    const zeile = fs.readFileSync(path.join(kopie, 'forderungen.csv'), 'utf8').trimEnd().split('\n').length;
    const zusammenfassung = path.join(kopie, 'summary.md');
    const r = spawnSync(process.execPath, ['scripts/check.ts', '--daten', kopie], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: zusammenfassung },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `::error file=data/forderungen.csv,line=${zeile},col=2,title=Datenprüfung%2C Spalte 2::Wert nicht im ` +
        `Vokabular. Gefunden: „erledigt“.`,
    );
    expect(fs.readFileSync(zusammenfassung, 'utf8')).toContain(
      `| data/forderungen.csv | ${zeile} | 2 | Wert nicht im Vokabular | erledigt |`,
    );
  });
});
