/**
 * Text measures for laying out labels at build time, where no browser can measure. An average
 * advance of 0.56 em fits system sans-serif fonts and Noto Sans (used for the PNG) closely
 * enough to keep labels apart and wrap lines; nothing depends on it to the pixel.
 */
const ZEICHENBREITE = 0.56;

export function textBreite(text: string, schriftgroesse: number): number {
  return text.length * schriftgroesse * ZEICHENBREITE;
}

/** Breaks a text into lines no wider than `maxBreite`, at spaces only. */
export function umbrechen(text: string, maxBreite: number, schriftgroesse: number): string[] {
  const zeilen: string[] = [];
  let zeile = '';
  for (const wort of text.split(/\s+/).filter(Boolean)) {
    const laenger = zeile ? `${zeile} ${wort}` : wort;
    if (zeile && textBreite(laenger, schriftgroesse) > maxBreite) {
      zeilen.push(zeile);
      zeile = wort;
    } else {
      zeile = laenger;
    }
  }
  if (zeile) zeilen.push(zeile);
  return zeilen;
}

/** SVG coordinates with one decimal: finer is invisible and costs bytes. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}
