import { parentPort, workerData } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { teilmengeReicht } from './schriften.ts';

/**
 * One rasteriser thread for share cards: receives { id, svg }, answers { id, png }. Native resvg
 * (prebuilt binary from npm, no install script) with Noto Sans from npm, never system fonts, so a
 * card looks the same on every machine: the Latin subset where it has every character (schriften.ts),
 * else the full fonts.
 */
const { teil, voll } = workerData as { teil: string[]; voll: string[] };
const optionen = (fontFiles: string[]): ResvgRenderOptions => ({
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  background: '#ffffff',
});
const MIT_TEILMENGE = optionen(teil);
const MIT_VOLLER_SCHRIFT = optionen(voll);

parentPort?.on('message', ({ id, svg }: { id: number; svg: string }) => {
  try {
    const bild = new Resvg(svg, teilmengeReicht(svg) ? MIT_TEILMENGE : MIT_VOLLER_SCHRIFT).render();
    // A copy on its own ArrayBuffer: the native buffer cannot be transferred, a plain one can.
    const png = new Uint8Array(bild.asPng());
    parentPort?.postMessage({ id, png }, [png.buffer]);
  } catch (e) {
    parentPort?.postMessage({ id, fehler: String(e) });
  }
});
