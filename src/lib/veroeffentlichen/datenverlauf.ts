import Papa from 'papaparse';
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

/**
 * What one commit did to the data rows of one CSV file, header excluded. A row counts as changed
 * when, at the same place in the file, another row stands instead; everything else is added or
 * removed. A header change is reported as columns added or removed, because it changes every row.
 */
export interface Zeilenbilanz {
  /** Whether the file was created or deleted by the commit, or existed on both sides. */
  datei: 'neu' | 'entfernt' | 'geaendert';
  ergaenzt: number;
  geaendert: number;
  entfernt: number;
  spaltenNeu: string[];
  spaltenWeg: string[];
}

/** Data rows of a CSV text as comparable strings, and its header; lenient, old versions may break today's rules. */
function csvZeilen(text: string): { kopf: string[]; zeilen: string[] } {
  const ohneBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { data } = Papa.parse<string[]>(ohneBom, { skipEmptyLines: true });
  const [kopf = [], ...rest] = data;
  return { kopf, zeilen: rest.map((felder) => JSON.stringify(felder)) };
}

/** Rows of `neu` that match rows of `alt` in order (longest common subsequence), as index pairs. */
function gemeinsame(alt: readonly string[], neu: readonly string[]): [number, number][] {
  let anfang = 0;
  while (anfang < alt.length && anfang < neu.length && alt[anfang] === neu[anfang]) anfang++;
  let ende = 0;
  while (
    ende < alt.length - anfang &&
    ende < neu.length - anfang &&
    alt[alt.length - 1 - ende] === neu[neu.length - 1 - ende]
  )
    ende++;
  const paare: [number, number][] = [];
  for (let i = 0; i < anfang; i++) paare.push([i, i]);
  const a = alt.slice(anfang, alt.length - ende);
  const b = neu.slice(anfang, neu.length - ende);
  // Appending rows, the usual change, never reaches the table; a huge rewrite is left as one block.
  if (a.length > 0 && b.length > 0 && a.length * b.length <= 4_000_000) {
    const breite = b.length + 1;
    const lang = new Uint32Array((a.length + 1) * breite);
    const bei = (i: number, j: number) => lang[i * breite + j] ?? 0;
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        lang[i * breite + j] = a[i] === b[j] ? bei(i + 1, j + 1) + 1 : Math.max(bei(i + 1, j), bei(i, j + 1));
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] === b[j]) paare.push([anfang + i++, anfang + j++]);
      else if (bei(i + 1, j) >= bei(i, j + 1)) i++;
      else j++;
    }
  }
  for (let k = ende; k > 0; k--) paare.push([alt.length - k, neu.length - k]);
  return paare;
}

/** Compares two versions of a CSV file; undefined means the file does not exist on that side. */
export function zeilenbilanz(alt: string | undefined, neu: string | undefined): Zeilenbilanz {
  const a = alt === undefined ? { kopf: [], zeilen: [] } : csvZeilen(alt);
  const b = neu === undefined ? { kopf: [], zeilen: [] } : csvZeilen(neu);
  const bilanz: Zeilenbilanz = {
    datei: alt === undefined ? 'neu' : neu === undefined ? 'entfernt' : 'geaendert',
    ergaenzt: 0,
    geaendert: 0,
    entfernt: 0,
    spaltenNeu: alt === undefined ? [] : b.kopf.filter((s) => !a.kopf.includes(s)),
    spaltenWeg: neu === undefined ? [] : a.kopf.filter((s) => !b.kopf.includes(s)),
  };
  // Between two matched rows lies a block: removed rows on the old side, added rows on the new.
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...gemeinsame(a.zeilen, b.zeilen), [a.zeilen.length, b.zeilen.length]] as const) {
    const weg = ai - i;
    const dazu = bj - j;
    const ersetzt = Math.min(weg, dazu);
    bilanz.geaendert += ersetzt;
    bilanz.entfernt += weg - ersetzt;
    bilanz.ergaenzt += dazu - ersetzt;
    i = ai + 1;
    j = bj + 1;
  }
  return bilanz;
}

/** "art", "art und frist", "art, frist und typ". */
const aufzaehlung = (namen: readonly string[]) =>
  namen.length > 1 ? `${namen.slice(0, -1).join(', ')} und ${namen.at(-1)}` : (namen[0] ?? '');

const zeilenWort = (n: number) => `${n.toLocaleString('de-DE')} ${n === 1 ? 'Zeile' : 'Zeilen'}`;

/** "3 Zeilen ergänzt, 1 geändert" – German, data rows only, for the change list on /daten/. */
export function bilanzText(b: Zeilenbilanz): string {
  if (b.datei === 'neu') {
    const anzahl = b.ergaenzt + b.geaendert;
    return anzahl === 0 ? 'neu angelegt, noch ohne Datenzeilen' : `neu angelegt mit ${zeilenWort(anzahl)}`;
  }
  if (b.datei === 'entfernt') return `entfernt (${zeilenWort(b.entfernt + b.geaendert)})`;
  const teile: string[] = [];
  if (b.spaltenNeu.length > 0)
    teile.push(`${b.spaltenNeu.length === 1 ? 'Spalte' : 'Spalten'} ${aufzaehlung(b.spaltenNeu)} ergänzt`);
  if (b.spaltenWeg.length > 0)
    teile.push(`${b.spaltenWeg.length === 1 ? 'Spalte' : 'Spalten'} ${aufzaehlung(b.spaltenWeg)} entfernt`);
  const zeilen: [number, string][] = [
    [b.ergaenzt, 'ergänzt'],
    [b.geaendert, 'geändert'],
    [b.entfernt, 'entfernt'],
  ];
  const genannt = zeilen.filter(([n]) => n > 0);
  genannt.forEach(([n, wort], k) => {
    teile.push(k === 0 ? `${zeilenWort(n)} ${wort}` : `${n.toLocaleString('de-DE')} ${wort}`);
  });
  return teile.length > 0 ? teile.join(', ') : 'keine Datenzeile geändert';
}

/** A pull request as GitHub's merge commit names it: "Merge pull request #12 from …", title in the body. */
export interface PullRequest {
  nummer: number;
  titel: string;
}

/**
 * The pull request a merge commit closed, or undefined. Only GitHub's merge commits are read: their
 * first body line is the title the contributor wrote. Other subjects (squash merges, direct commits)
 * are developer notes, often English, and never shown.
 */
export function pullRequestAusMerge(betreff: string, text: string): PullRequest | undefined {
  const m = /^Merge pull request #(\d+) from \S+/.exec(betreff);
  const titel = text
    .split('\n')
    .map((z) => z.trim())
    .find((z) => z !== '');
  return m && titel ? { nummer: Number(m[1]), titel } : undefined;
}

/** One commit on the change list: which data files it touched, and how many data rows. */
export interface Aenderung {
  commit: Commit;
  pullRequest: PullRequest | undefined;
  dateien: { pfad: string; bilanz: Zeilenbilanz }[];
}

/** Where a loader finds the text of a file in a commit: "<hash>:<pfad>"; undefined when absent. */
export const blobAdresse = (hash: string, pfad: string) => `${hash}:${pfad}`;

/**
 * The change list from commits, the file texts before and after each, and the pull request that
 * brought each commit in. Versions are compared with the commit's first parent.
 */
export function aenderungen(
  commits: readonly Commit[],
  texte: ReadonlyMap<string, string | undefined>,
  pullRequests: ReadonlyMap<string, PullRequest>,
): Aenderung[] {
  return commits.map((commit) => {
    const vorher = commit.eltern[0];
    return {
      commit,
      pullRequest: pullRequests.get(commit.hash),
      dateien: commit.dateien.map(({ pfad }) => ({
        pfad,
        bilanz: zeilenbilanz(
          vorher === undefined ? undefined : texte.get(blobAdresse(vorher, pfad)),
          texte.get(blobAdresse(commit.hash, pfad)),
        ),
      })),
    };
  });
}
