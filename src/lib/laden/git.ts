import { execFileSync } from 'node:child_process';
import {
  aenderungen,
  blobAdresse,
  datenverlauf,
  GIT_FORMAT,
  leseGitLog,
  pullRequestAusMerge,
  type Aenderung,
  type Datenverlauf,
  type PullRequest,
} from '../veroeffentlichen/datenverlauf.ts';
import { WURZEL } from './pfade.ts';
import { merkeZwischenspeicher } from './zwischenspeicher.ts';

function git(verzeichnis: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: verzeichnis,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

const gemerkt = new Map<string, Datenverlauf>();
merkeZwischenspeicher(() => gemerkt.clear());

/**
 * The git history of files below `pfade` (e.g. "data/"), read once per build. Without git or
 * outside a repository the history is empty and marked incomplete; the site then shows
 * "unbekannt" instead of a date.
 */
export function ladeVerlauf(pfade: readonly string[], verzeichnis = WURZEL): Datenverlauf {
  const schluessel = [verzeichnis, ...pfade].join('\0');
  const vorhanden = gemerkt.get(schluessel);
  if (vorhanden) return vorhanden;
  const text = git(verzeichnis, ['log', `--format=${GIT_FORMAT}`, '--numstat', '--no-renames', '--', ...pfade]);
  const flach = git(verzeichnis, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  const verlauf = datenverlauf(text === undefined ? undefined : leseGitLog(text), { flach });
  gemerkt.set(schluessel, verlauf);
  return verlauf;
}

/** File texts for many "<hash>:<pfad>" addresses in one git process; an absent file maps to undefined. */
function leseTexte(verzeichnis: string, adressen: readonly string[]): Map<string, string | undefined> {
  const texte = new Map<string, string | undefined>();
  if (adressen.length === 0) return texte;
  let ausgabe: Buffer;
  try {
    ausgabe = execFileSync('git', ['cat-file', '--batch'], {
      cwd: verzeichnis,
      input: `${adressen.join('\n')}\n`,
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return texte;
  }
  // Each answer: "<oid> blob <size>\n<bytes>\n", or "<address> missing\n".
  let pos = 0;
  for (const adresse of adressen) {
    const zeilenende = ausgabe.indexOf(0x0a, pos);
    if (zeilenende < 0) break;
    const kopf = ausgabe.subarray(pos, zeilenende).toString('utf8');
    const m = / blob (\d+)$/.exec(kopf);
    if (!m) {
      texte.set(adresse, undefined);
      pos = zeilenende + 1;
      continue;
    }
    const ende = zeilenende + 1 + Number(m[1]);
    texte.set(adresse, ausgabe.subarray(zeilenende + 1, ende).toString('utf8'));
    pos = ende + 1;
  }
  return texte;
}

/** Which commit came in through which pull request, from GitHub's merge commits. */
function ladePullRequests(verzeichnis: string): Map<string, PullRequest> {
  const zuordnung = new Map<string, PullRequest>();
  const text = git(verzeichnis, ['log', '--merges', '--format=%x1e%H%x1f%P%x1f%s%x1f%b']) ?? '';
  for (const block of text.split('\x1e')) {
    const [hash = '', eltern = '', betreff = '', rumpf = ''] = block.split('\x1f');
    const pr = pullRequestAusMerge(betreff, rumpf);
    const [basis, zweig] = eltern.trim().split(' ');
    if (!pr || !hash || !basis || !zweig) continue;
    for (const commit of (git(verzeichnis, ['rev-list', `${basis}..${zweig}`]) ?? '').split('\n'))
      if (commit && !zuordnung.has(commit)) zuordnung.set(commit, pr);
  }
  return zuordnung;
}

/**
 * The newest `anzahl` changes to data files with their row counts (header excluded) and pull
 * request titles. Empty when git or the history is missing; the page then says the list is incomplete.
 */
export function ladeAenderungen(verlauf: Datenverlauf, anzahl: number, verzeichnis = WURZEL): Aenderung[] {
  const commits = verlauf.aenderungen.slice(0, anzahl);
  const adressen = commits.flatMap((c) =>
    c.dateien.flatMap((d) => [
      blobAdresse(c.hash, d.pfad),
      ...(c.eltern[0] === undefined ? [] : [blobAdresse(c.eltern[0], d.pfad)]),
    ]),
  );
  return aenderungen(commits, leseTexte(verzeichnis, adressen), ladePullRequests(verzeichnis));
}
