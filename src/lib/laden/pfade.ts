import path from 'node:path';

/** The repository root; npm scripts, Astro and Vitest all run from there. */
export const WURZEL = process.cwd();
export const CACHE = path.join(WURZEL, '.cache');

/**
 * The curated tables the Astro build reads: `data/`, or the copy DATEN_VERZEICHNIS names (tests build
 * against broken or changed copies). Read at the edge, when a page first asks for data, never at
 * import time; scripts and tests pass their directory to the loaders instead.
 */
export function datenAusUmgebung(umgebung: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(WURZEL, umgebung.DATEN_VERZEICHNIS ?? 'data');
}
