import { execFileSync } from 'node:child_process';
import { datenverlauf, GIT_FORMAT, leseGitLog, type Datenverlauf } from '../veroeffentlichen/datenverlauf.ts';
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
