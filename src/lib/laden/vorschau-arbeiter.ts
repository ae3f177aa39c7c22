import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

/**
 * One rasteriser thread for share cards: receives { id, svg }, answers { id, png }. Native resvg
 * (prebuilt binary from npm, no install script) with Noto Sans from npm, never system fonts, so a
 * card looks the same on every machine.
 */
const { pakete } = workerData as { pakete: string };
const SCHRIFTEN = ['400Regular/NotoSans_400Regular.ttf', '700Bold/NotoSans_700Bold.ttf'].map((f) =>
  path.join(pakete, '@expo-google-fonts', 'noto-sans', f),
);
const OPTIONEN = {
  font: { fontFiles: SCHRIFTEN, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  background: '#ffffff',
};

parentPort?.on('message', ({ id, svg }: { id: number; svg: string }) => {
  try {
    // A copy on its own ArrayBuffer: the native buffer cannot be transferred, a plain one can.
    const png = new Uint8Array(new Resvg(svg, OPTIONEN).render().asPng());
    parentPort?.postMessage({ id, png }, [png.buffer]);
  } catch (e) {
    parentPort?.postMessage({ id, fehler: String(e) });
  }
});
