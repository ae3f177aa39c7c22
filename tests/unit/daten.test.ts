import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { pruefeAlles } from '../../src/lib/laden/datenbestand.ts';
import { TABELLEN } from '../../src/lib/schema/index.ts';

// The real data in data/ must always pass: a pull request that breaks it fails here too.
describe('data/', () => {
  it('passes validation', () => {
    const { fehler, zeilen } = pruefeAlles(path.resolve('data'));
    expect(fehler.map(formatiereFehler)).toEqual([]);
    // Only tables that document why they may be empty (no answers yet) may have no rows.
    for (const t of TABELLEN.filter((t) => !t.leerErlaubt)) expect(zeilen[t.datei], t.datei).toBeGreaterThan(0);
  });

  it('lets only the Musterabfrage answers, requests and addresses be empty', () => {
    expect(TABELLEN.filter((t) => t.leerErlaubt).map((t) => t.name)).toEqual([
      'musterabfrage-antworten',
      'musterabfrage-anfragen',
      'musterabfrage-anschriften',
    ]);
  });

  it('gives every row an http(s) source', () => {
    for (const t of TABELLEN) {
      const text = fs.readFileSync(path.join('data', t.datei), 'utf8');
      const zeilen = text.trim().split('\n').slice(1);
      expect(
        zeilen.filter((z) => !/https?:\/\//.test(z)),
        t.datei,
      ).toEqual([]);
    }
  });
});

describe('npm run check', () => {
  const check = (verzeichnis?: string) =>
    spawnSync(process.execPath, ['scripts/check.ts', ...(verzeichnis ? ['--daten', verzeichnis] : [])], {
      encoding: 'utf8',
    });

  it('passes on the real data', () => {
    const r = check();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Daten in Ordnung: \d+ Zeilen in \d+ Tabellen/);
  });

  it('prints located messages for a broken copy and exits non-zero', () => {
    const kopie = fs.mkdtempSync(path.join(os.tmpdir(), 'daten-'));
    fs.cpSync('data', kopie, { recursive: true });
    const datei = path.join(kopie, 'strukturen.csv');
    fs.appendFileSync(datei, '13003000,beirat,gibts,X,,,2024,https://example.org/,Q,\n');
    const zeile = fs.readFileSync(datei, 'utf8').trimEnd().split('\n').length;
    fs.writeFileSync(
      path.join(kopie, 'einwohner.csv'),
      fs.readFileSync(path.join(kopie, 'einwohner.csv'), 'utf8').replaceAll(',', ';'),
    );

    const r = check(kopie);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `data/strukturen.csv:${zeile}:3: Wert nicht im Vokabular (got "gibts", expected einen von: vorhanden,`,
    );
    expect(r.stderr).toContain('data/einwohner.csv:1:1: Datei ist mit Semikolon getrennt');
  });
});

describe('npm run build with invalid data', () => {
  it('refuses and writes nothing', () => {
    const kopie = fs.mkdtempSync(path.join(os.tmpdir(), 'daten-'));
    fs.cpSync('data', kopie, { recursive: true });
    fs.appendFileSync(path.join(kopie, 'fonds-haushalt.csv'), '2025,geplant,-1,,https://example.org/,Q,2025,\n');
    const ziel = path.join(os.tmpdir(), `bau-${process.pid}-${Date.now()}`);
    let status = 0;
    let ausgabe = '';
    try {
      execFileSync('npm', ['run', 'build', '--', '--outDir', ziel], {
        env: { ...process.env, DATEN_VERZEICHNIS: kopie },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const fehler = e as { status: number; stderr: string };
      status = fehler.status;
      ausgabe = fehler.stderr;
    }
    expect(status).not.toBe(0);
    expect(ausgabe).toMatch(/data\/fonds-haushalt\.csv:\d+:3: negativer Betrag/);
    expect(fs.existsSync(ziel)).toBe(false);
  });
});
