import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aenderungText, berlinerDatum, datenverlauf, leseGitLog } from '../../src/lib/veroeffentlichen/datenverlauf.ts';
import { ladeVerlauf } from '../../src/lib/laden/git.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const LOG =
  `\x1e${A}\x1f2025-03-01T23:30:00+00:00\x1f${B}\x1fBeirat Wismar ergänzt ` +
  `(#12)\n\n3\t1\tdata/strukturen.csv\n-\t-\tdata/bild.png\n\x1e${B}\x1f2024-12-31T10:00:00+01:00\x1f\x1fErste ` +
  `Daten\n\n63\t0\tdata/strukturen.csv\n15\t0\tdata/fonds-haushalt.csv\n`;

describe('leseGitLog', () => {
  it('reads hash, time, parents, subject and the line counts per file', () => {
    const [neu, alt] = leseGitLog(LOG);
    expect(neu).toEqual({
      hash: A,
      zeit: '2025-03-01T23:30:00+00:00',
      datum: '2025-03-02',
      eltern: [B],
      betreff: 'Beirat Wismar ergänzt (#12)',
      dateien: [
        { pfad: 'data/strukturen.csv', hinzu: 3, weg: 1 },
        { pfad: 'data/bild.png', hinzu: undefined, weg: undefined },
      ],
    });
    expect(alt!.eltern).toEqual([]);
    expect(alt!.dateien.map((d) => d.pfad)).toEqual(['data/strukturen.csv', 'data/fonds-haushalt.csv']);
  });

  it('reads nothing from empty output', () => {
    expect(leseGitLog('')).toEqual([]);
  });
});

describe('berlinerDatum', () => {
  it('gives the day in German local time, also across midnight UTC', () => {
    expect(berlinerDatum('2025-03-01T23:30:00+00:00')).toBe('2025-03-02');
    expect(berlinerDatum('2025-07-01T21:59:00Z')).toBe('2025-07-01');
  });
});

describe('datenverlauf', () => {
  it('takes the newest commit per file as its last change', () => {
    const v = datenverlauf(leseGitLog(LOG), { flach: false });
    expect(v.letzteAenderung).toEqual({
      'data/strukturen.csv': '2025-03-02',
      'data/bild.png': '2025-03-02',
      'data/fonds-haushalt.csv': '2024-12-31',
    });
    expect(v.aenderungen).toHaveLength(2);
    expect(v.neuesteZeit).toBe('2025-03-01T23:30:00+00:00');
    expect(v.vollstaendig).toBe(true);
  });

  it('in a shallow clone drops the grafted boundary commit instead of dating files by it', () => {
    const v = datenverlauf(leseGitLog(LOG), { flach: true });
    expect(v.aenderungen.map((c) => c.hash)).toEqual([A]);
    expect(v.letzteAenderung['data/fonds-haushalt.csv']).toBeUndefined();
    expect(v.vollstaendig).toBe(false);
  });

  it('without git knows nothing and says so', () => {
    expect(datenverlauf(undefined, { flach: false })).toEqual({
      aenderungen: [],
      letzteAenderung: {},
      neuesteZeit: undefined,
      vollstaendig: false,
    });
  });
});

describe('aenderungText', () => {
  it('says what happened to a file in words', () => {
    expect(aenderungText({ pfad: 'x', hinzu: 3, weg: 1 })).toBe('3 Zeilen ergänzt, 1 entfernt');
    expect(aenderungText({ pfad: 'x', hinzu: 1, weg: 0 })).toBe('1 Zeile ergänzt');
    expect(aenderungText({ pfad: 'x', hinzu: 0, weg: 2 })).toBe('2 Zeilen entfernt');
    expect(aenderungText({ pfad: 'x', hinzu: undefined, weg: undefined })).toBe('geändert');
  });
});

// The loader against real repositories: a full one, a shallow clone of it, and a folder without git.
describe('ladeVerlauf', () => {
  const person = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...person, GIT_COMMITTER_DATE: '2024-01-02T12:00:00+01:00' },
    });
  const wurzel = fs.mkdtempSync(path.join(os.tmpdir(), 'verlauf-'));
  const voll = path.join(wurzel, 'voll');
  fs.mkdirSync(path.join(voll, 'data'), { recursive: true });
  git(voll, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(voll, 'data', 'a.csv'), 'x\n1\n');
  fs.writeFileSync(path.join(voll, 'data', 'b.csv'), 'y\n1\n');
  git(voll, 'add', '.');
  git(voll, 'commit', '-qm', 'Erste Daten');
  fs.appendFileSync(path.join(voll, 'data', 'a.csv'), '2\n');
  fs.writeFileSync(path.join(voll, 'README'), 'kein Datenfile\n');
  git(voll, 'add', '.');
  execFileSync('git', ['commit', '-qm', 'Zeile ergänzt'], {
    cwd: voll,
    env: { ...process.env, ...person, GIT_COMMITTER_DATE: '2025-06-30T12:00:00+02:00' },
  });

  it('reads the history of data/ from a full clone', () => {
    const v = ladeVerlauf(['data/'], voll);
    expect(v.vollstaendig).toBe(true);
    expect(v.aenderungen.map((c) => c.betreff)).toEqual(['Zeile ergänzt', 'Erste Daten']);
    expect(v.aenderungen[0]!.dateien).toEqual([{ pfad: 'data/a.csv', hinzu: 1, weg: 0 }]);
    expect(v.letzteAenderung['data/a.csv']).toBe('2025-06-30');
    expect(v.letzteAenderung['data/b.csv']).toBe('2024-01-02');
  });

  it('in a shallow clone keeps what it can see and marks the rest unknown', () => {
    const flach = path.join(wurzel, 'flach');
    git(wurzel, 'clone', '-q', '--depth', '1', `file://${voll}`, flach);
    const v = ladeVerlauf(['data/'], flach);
    expect(v.vollstaendig).toBe(false);
    expect(v.aenderungen).toEqual([]);
    expect(v.letzteAenderung).toEqual({});
  });

  it('outside a repository returns an empty, incomplete history', () => {
    const ohne = fs.mkdtempSync(path.join(os.tmpdir(), 'ohne-git-'));
    expect(ladeVerlauf(['data/'], ohne)).toMatchObject({ aenderungen: [], vollstaendig: false });
  });
});
