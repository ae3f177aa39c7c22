import fs from 'node:fs';
import path from 'node:path';

/** Every .ts and .astro file below `verzeichnis` with its text, paths relative to it and sorted. */
export function ladeQuelltexte(verzeichnis: string): { datei: string; text: string }[] {
  return fs
    .readdirSync(verzeichnis, { recursive: true, encoding: 'utf8' })
    .filter((d) => /\.(ts|astro)$/.test(d) && !d.endsWith('.d.ts'))
    .sort()
    .map((datei) => ({ datei, text: fs.readFileSync(path.join(verzeichnis, datei), 'utf8') }));
}
