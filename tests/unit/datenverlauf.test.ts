import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  berlinerDatum,
  bilanzText,
  datenverlauf,
  leseGitLog,
  pullRequestAusMerge,
  zeilenbilanz,
} from '../../src/lib/veroeffentlichen/datenverlauf.ts';
import { ladeAenderungen, ladeVerlauf } from '../../src/lib/laden/git.ts';

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

describe('zeilenbilanz', () => {
  const KOPF = 'gebiet,typ\n';
  it('counts data rows only, never the header', () => {
    expect(zeilenbilanz(undefined, KOPF)).toMatchObject({ datei: 'neu', ergaenzt: 0, geaendert: 0, entfernt: 0 });
    expect(bilanzText(zeilenbilanz(undefined, KOPF))).toBe('neu angelegt, noch ohne Datenzeilen');
    expect(bilanzText(zeilenbilanz(undefined, `${KOPF}1,a\n2,b\n`))).toBe('neu angelegt mit 2 Zeilen');
    expect(bilanzText(zeilenbilanz(KOPF, `${KOPF}1,a\n`))).toBe('1 Zeile ergänzt');
    expect(bilanzText(zeilenbilanz(`${KOPF}1,a\n`, undefined))).toBe('entfernt (1 Zeile)');
  });

  it('tells added, changed and removed rows apart', () => {
    const alt = `${KOPF}1,a\n2,b\n3,c\n4,d\n`;
    expect(bilanzText(zeilenbilanz(alt, `${KOPF}1,a\n2,B\n3,c\n4,d\n5,e\n6,f\n`))).toBe('2 Zeilen ergänzt, 1 geändert');
    expect(bilanzText(zeilenbilanz(alt, `${KOPF}1,a\n4,d\n`))).toBe('2 Zeilen entfernt');
    expect(bilanzText(zeilenbilanz(alt, `${KOPF}0,z\n1,a\n2,b\n3,C\n`))).toBe(
      '1 Zeile ergänzt, 1 geändert, 1 entfernt',
    );
    expect(bilanzText(zeilenbilanz(alt, alt.replace(/\n/g, '\r\n')))).toBe('keine Datenzeile geändert');
  });

  it('reads quoted fields across lines as one row', () => {
    expect(zeilenbilanz(KOPF, `${KOPF}1,"zwei\nZeilen"\n`)).toMatchObject({ ergaenzt: 1, geaendert: 0 });
  });

  it('names new and removed columns; every row then changes', () => {
    const b = zeilenbilanz(`${KOPF}1,a\n2,b\n`, 'gebiet,art,typ\n1,x,a\n2,x,b\n');
    expect(b).toMatchObject({ spaltenNeu: ['art'], spaltenWeg: [], geaendert: 2 });
    expect(bilanzText(b)).toBe('Spalte art ergänzt, 2 Zeilen geändert');
    expect(bilanzText(zeilenbilanz(KOPF, 'gebiet,typ,art,frist\n'))).toBe('Spalten art und frist ergänzt');
  });
});

describe('pullRequestAusMerge', () => {
  it("reads number and title from GitHub's merge commit", () => {
    expect(
      pullRequestAusMerge('Merge pull request #12 from user/beirat', '\nBeirat in Wismar ergänzt\n\nmehr'),
    ).toEqual({
      nummer: 12,
      titel: 'Beirat in Wismar ergänzt',
    });
  });

  it('ignores every other subject, including squash merges and local merges', () => {
    expect(pullRequestAusMerge('Add Wismar data (#12)', '')).toBeUndefined();
    expect(pullRequestAusMerge("Merge branch 'main' into issue-15", 'x')).toBeUndefined();
    expect(pullRequestAusMerge('Merge pull request #3 from user/x', '')).toBeUndefined();
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

// The change list against a real repository: a header-only file, appended and edited rows, a new
// column, and a pull request merged the way GitHub does it. No developer's commit subject may show.
describe('ladeAenderungen', () => {
  const umgebung = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'aenderungen-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: umgebung });
  const schreibe = (datei: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(repo, datei)), { recursive: true });
    fs.writeFileSync(path.join(repo, datei), text);
  };
  git('init', '-q', '-b', 'main');
  schreibe('data/antworten.csv', 'gebiet,frage\n');
  schreibe('data/einwohner.csv', 'gebiet,einwohner\n13,1\n13003000,2\n');
  git('add', '.');
  git('commit', '-qm', 'Initial English subject');
  schreibe('data/einwohner.csv', 'gebiet,einwohner\n13,1\n13003000,3\n13004000,4\n');
  git('commit', '-qam', 'Fix population and add Schwerin');
  git('checkout', '-qb', 'beitrag');
  schreibe('data/einwohner.csv', 'gebiet,einwohner,anmerkung\n13,1,\n13003000,3,\n13004000,4,\n13071,5,\n');
  git('commit', '-qam', 'wip');
  git('checkout', '-q', 'main');
  git(
    'merge',
    '--no-ff',
    '-q',
    'beitrag',
    '-m',
    'Merge pull request #7 from jemand/beitrag',
    '-m',
    'Einwohner der Seenplatte ergänzt',
  );

  const liste = ladeAenderungen(ladeVerlauf(['data/'], repo), 30, repo);
  const text = (i: number, datei: string) => bilanzText(liste[i]!.dateien.find((d) => d.pfad === datei)!.bilanz);

  it('lists each commit that changed data, newest first, counting data rows without the header', () => {
    expect(liste).toHaveLength(3);
    expect(text(2, 'data/antworten.csv')).toBe('neu angelegt, noch ohne Datenzeilen');
    expect(text(2, 'data/einwohner.csv')).toBe('neu angelegt mit 2 Zeilen');
    expect(text(1, 'data/einwohner.csv')).toBe('1 Zeile ergänzt, 1 geändert');
    expect(text(0, 'data/einwohner.csv')).toBe('Spalte anmerkung ergänzt, 1 Zeile ergänzt, 3 geändert');
  });

  it('names the pull request a commit came in with, and nothing else', () => {
    expect(liste[0]!.pullRequest).toEqual({ nummer: 7, titel: 'Einwohner der Seenplatte ergänzt' });
    expect(liste[1]!.pullRequest).toBeUndefined();
    expect(liste[2]!.pullRequest).toBeUndefined();
  });
});
