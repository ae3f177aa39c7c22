/** A problem in a data file, located to line and column, in the one format every tool prints. */
export interface Fehler {
  /** Path as the contributor sees it, e.g. `data/strukturen.csv`. */
  datei: string;
  /** 1-based physical line in the file. */
  zeile: number;
  /** 1-based column (field number). */
  spalte: number;
  /** What is wrong, in plain German. */
  meldung: string;
  /** The offending value as found in the file, if there is one. */
  gefunden?: string | undefined;
  /** What would have been right. */
  erwartet?: string | undefined;
}

/**
 * Characters a reader cannot see or cannot tell from others: controls (also tab, CR, LF), format
 * characters (zero-width space, direction marks, BOM, soft hyphen), spaces other than U+0020 and
 * combining marks (the second half of an NFD umlaut). A message shows them as ⟨U+200B⟩, so that
 * "got" never looks identical to "expected".
 */
const UNSICHTBAR = /[\p{Cc}\p{Cf}\p{M}\p{Zl}\p{Zp}\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;

export function sichtbar(text: string): string {
  return text.replace(UNSICHTBAR, (z) => `⟨U+${(z.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * One line of console output that stays one line and is never read as a command: CR and LF are
 * shown, and a leading "::" (a GitHub Actions workflow command) loses its meaning.
 */
export function sichereZeile(text: string): string {
  const einzeilig = text.replace(/\r/g, '⟨U+000D⟩').replace(/\n/g, '⟨U+000A⟩');
  return einzeilig.startsWith('::') ? `⟨U+003A⟩${einzeilig.slice(1)}` : einzeilig;
}

export function formatiereFehler(f: Fehler): string {
  const teile: string[] = [];
  if (f.gefunden !== undefined) teile.push(`got "${sichtbar(f.gefunden)}"`);
  if (f.erwartet !== undefined) teile.push(`expected ${f.erwartet}`);
  const zusatz = teile.length > 0 ? ` (${teile.join(', ')})` : '';
  return sichereZeile(`${f.datei}:${f.zeile}:${f.spalte}: ${f.meldung}${zusatz}`);
}

/** Thrown by loaders so that a build stops before it writes anything. */
export class DatenFehler extends Error {
  readonly fehler: Fehler[];
  constructor(fehler: Fehler[]) {
    super(`${fehler.length} Fehler in den Daten:\n${fehler.map(formatiereFehler).join('\n')}`);
    this.name = 'DatenFehler';
    this.fehler = fehler;
  }
}
