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

export function formatiereFehler(f: Fehler): string {
  const teile: string[] = [];
  if (f.gefunden !== undefined) teile.push(`got "${f.gefunden}"`);
  if (f.erwartet !== undefined) teile.push(`expected ${f.erwartet}`);
  const zusatz = teile.length > 0 ? ` (${teile.join(', ')})` : '';
  return `${f.datei}:${f.zeile}:${f.spalte}: ${f.meldung}${zusatz}`;
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
