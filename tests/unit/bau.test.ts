// Issue 12, point 2: `npm run build` builds into a sibling folder and swaps it in only on success, so a failure
// after `check` passed (here the test hook BAU_PROBE_FEHLER of astro.config.mjs) leaves the previous site as it was.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** One hash over every path and byte below a folder. */
function fingerabdruck(ordner: string): string {
  const hash = createHash('sha256');
  for (const datei of (fs.readdirSync(ordner, { recursive: true }) as string[]).sort()) {
    const pfad = path.join(ordner, datei);
    hash.update(`${datei}\0`);
    if (fs.statSync(pfad).isFile()) hash.update(fs.readFileSync(pfad));
  }
  return hash.digest('hex');
}

describe('npm run build', () => {
  it('leaves the previous site byte-identical when Astro fails after the check passed', () => {
    const eltern = fs.mkdtempSync(path.join(os.tmpdir(), 'bau-atomar-'));
    const ziel = path.join(eltern, 'dist');
    fs.mkdirSync(path.join(ziel, 'gemeinde', 'x'), { recursive: true });
    fs.writeFileSync(path.join(ziel, 'index.html'), '<!doctype html><title>alte Seite</title>');
    fs.writeFileSync(path.join(ziel, 'gemeinde', 'x', 'index.html'), 'alt');
    // A leftover of a killed build (its process is gone): the next build removes it.
    fs.mkdirSync(path.join(eltern, '.bau-dist-999999999'));
    const vorher = fingerabdruck(ziel);

    const r = spawnSync('npm', ['run', 'build', '--', '--outDir', ziel], {
      encoding: 'utf8',
      env: { ...process.env, BAU_PROBE_FEHLER: 'start' },
    });
    expect(r.stderr).toContain('Probe-Fehler (BAU_PROBE_FEHLER=start)');
    expect(r.stderr).toContain(`Der Bau ist fehlgeschlagen; ${ziel}/ blieb unverändert.`);
    expect(r.status).not.toBe(0);
    expect(fingerabdruck(ziel)).toBe(vorher);
    expect(fs.readdirSync(eltern)).toEqual(['dist']);
  });
});
