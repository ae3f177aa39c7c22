import path from 'node:path';

/** The repository root; npm scripts, Astro and Vitest all run from there. */
export const WURZEL = process.cwd();
/** The curated tables; DATEN_VERZEICHNIS points a check or build at another copy (tests use it for broken data). */
export const DATEN = path.resolve(WURZEL, process.env.DATEN_VERZEICHNIS ?? 'data');
export const CACHE = path.join(WURZEL, '.cache');
