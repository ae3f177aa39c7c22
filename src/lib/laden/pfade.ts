import path from 'node:path';

/** The repository root; npm scripts, Astro and Vitest all run from there. */
export const WURZEL = process.cwd();
export const DATEN = path.join(WURZEL, 'data');
export const CACHE = path.join(WURZEL, '.cache');
