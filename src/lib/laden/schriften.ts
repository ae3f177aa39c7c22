import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, WURZEL } from './pfade.ts';

/**
 * Noto Sans from npm for every PNG the build rasterises, never system fonts. Native resvg reads a
 * font file from disk again for every run of text it lays out, and each of the two full files is
 * 630 KB: a share card with eleven runs spent more time reading fonts than drawing. Cards therefore
 * use a Latin subset (about 50 KB, byte-identical PNGs), made once and kept in .cache/schriften/.
 */
export const SCHRIFTEN = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((f) =>
  path.join(WURZEL, 'node_modules', '@expo-google-fonts', 'noto-sans', f),
);

/** Basic Latin, Latin-1, Latin Extended-A, dashes, quotes, bullet, ellipsis, ‰, €, minus. */
const BEREICHE: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2212, 0x2212],
];
const ZEICHEN = BEREICHE.flatMap(([von, bis]) =>
  Array.from({ length: bis - von + 1 }, (_, i) => String.fromCodePoint(von + i)),
).join('');
const ABGEDECKT = new Set(ZEICHEN);

/** Whether the subset has a glyph for every character of a text (else the full fonts must draw it). */
export function teilmengeReicht(text: string): boolean {
  for (const z of text) if (z > '~' && !ABGEDECKT.has(z)) return false;
  return true;
}

/** Paths of the subset fonts, in the order of SCHRIFTEN; made on the first build, then from the cache. */
export async function teilschriften(): Promise<string[]> {
  const ordner = path.join(CACHE, 'schriften');
  return Promise.all(
    SCHRIFTEN.map(async (datei) => {
      const inhalt = fs.readFileSync(datei);
      const schluessel = crypto.createHash('sha256').update(inhalt).update(ZEICHEN).digest('hex').slice(0, 16);
      const ziel = path.join(ordner, `${path.basename(datei, '.ttf')}-${schluessel}.ttf`);
      if (fs.existsSync(ziel)) return ziel;
      // Loaded here, not at import: the worker threads only need teilmengeReicht.
      const { default: subsetFont } = await import('subset-font');
      const teil = await subsetFont(inhalt, ZEICHEN, { targetFormat: 'truetype' });
      fs.mkdirSync(ordner, { recursive: true });
      // Written aside and renamed, so a parallel build never reads half a font.
      fs.writeFileSync(`${ziel}.${process.pid}`, teil);
      fs.renameSync(`${ziel}.${process.pid}`, ziel);
      return ziel;
    }),
  );
}
