/**
 * The history of the data files, read from git: when each file last changed, and a changelog of
 * the commits that touched `data/`. The loader (`laden/git.ts`) runs git; everything here only
 * parses its output, so it can be tested with literal text.
 */

/** The format the loader asks git for: record separator, then hash, time, parents, subject. */
export const GIT_FORMAT = '%x1e%H%x1f%cI%x1f%P%x1f%s';

export interface DateiAenderung {
  pfad: string;
  /** Lines added and removed; undefined for binary files. */
  hinzu: number | undefined;
  weg: number | undefined;
}

export interface Commit {
  hash: string;
  /** Commit time as git gives it (ISO 8601 with offset). */
  zeit: string;
  /** The commit's day in German local time, JJJJ-MM-TT. */
  datum: string;
  eltern: string[];
  betreff: string;
  dateien: DateiAenderung[];
}

/** Parses `git log --format=GIT_FORMAT --numstat --no-renames`, newest first as git prints it. */
export function leseGitLog(text: string): Commit[] {
  const commits: Commit[] = [];
  for (const block of text.split('\x1e')) {
    if (block.trim() === '') continue;
    const [kopf = '', ...rest] = block.split('\n');
    const [hash = '', zeit = '', eltern = '', betreff = ''] = kopf.split('\x1f');
    if (!/^[0-9a-f]{7,64}$/.test(hash)) continue;
    const dateien: DateiAenderung[] = [];
    for (const zeile of rest) {
      const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(zeile);
      if (!m) continue;
      dateien.push({
        pfad: m[3]!,
        hinzu: m[1] === '-' ? undefined : Number(m[1]),
        weg: m[2] === '-' ? undefined : Number(m[2]),
      });
    }
    commits.push({
      hash,
      zeit,
      datum: berlinerDatum(zeit),
      eltern: eltern.split(' ').filter(Boolean),
      betreff,
      dateien,
    });
  }
  return commits;
}

/** The day of an ISO time in Europe/Berlin, JJJJ-MM-TT. */
export function berlinerDatum(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

export interface Datenverlauf {
  /** Commits that changed data files, newest first. */
  aenderungen: Commit[];
  /** Last change per file path (JJJJ-MM-TT); a file without a known change is missing. */
  letzteAenderung: Record<string, string>;
  /** ISO time of the newest change, the data package's "created". */
  neuesteZeit: string | undefined;
  /**
   * False when the history is cut off (shallow clone) or git was not available: older changes
   * are missing, and dates shown may be unknown.
   */
  vollstaendig: boolean;
}

/**
 * The changelog from parsed commits. In a shallow clone the oldest visible commit has no parents
 * ("grafted") and seems to add every file at once; it is no real change and is left out, so a file
 * whose only visible commit is that one has no known date rather than a wrong one.
 */
export function datenverlauf(commits: readonly Commit[] | undefined, opts: { flach: boolean }): Datenverlauf {
  if (commits === undefined)
    return { aenderungen: [], letzteAenderung: {}, neuesteZeit: undefined, vollstaendig: false };
  const aenderungen = commits.filter((c) => !(opts.flach && c.eltern.length === 0) && c.dateien.length > 0);
  const letzteAenderung: Record<string, string> = {};
  for (const c of aenderungen) for (const d of c.dateien) letzteAenderung[d.pfad] ??= c.datum;
  return { aenderungen, letzteAenderung, neuesteZeit: aenderungen[0]?.zeit, vollstaendig: !opts.flach };
}

/** "3 Zeilen ergänzt, 1 entfernt" for one file of a commit. */
export function aenderungText(d: DateiAenderung): string {
  if (d.hinzu === undefined || d.weg === undefined) return 'geändert';
  const teile: string[] = [];
  if (d.hinzu > 0) teile.push(`${d.hinzu} ${d.hinzu === 1 ? 'Zeile' : 'Zeilen'} ergänzt`);
  if (d.weg > 0)
    teile.push(`${d.weg} ${teile.length > 0 ? 'entfernt' : d.weg === 1 ? 'Zeile entfernt' : 'Zeilen entfernt'}`);
  return teile.length > 0 ? teile.join(', ') : 'unverändert';
}
