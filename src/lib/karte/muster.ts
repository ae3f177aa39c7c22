import { KACHEL, type KategorieStil, MUSTER_BREITE, type Muster } from './stil.ts';

/**
 * A pattern as SVG markup: the one drawing of every pattern, on the home map, its legend, the
 * badges, the Amt and Kreis maps and the share cards. Lines run through the middle of the tile, so
 * the tile's edge does not clip them to half their width.
 */
export function musterSvg(m: Muster, id: string): string {
  const b = m.breite ?? MUSTER_BREITE;
  const mitte = KACHEL / 2;
  const linie = (x1: number, y1: number, x2: number, y2: number) =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${m.linie}" stroke-width="${b}"/>`;
  const inhalt =
    m.art === 'punkte'
      ? `<circle cx="${mitte}" cy="${mitte}" r="${b / 2}" fill="${m.linie}"/>`
      : linie(mitte, 0, mitte, KACHEL) + (m.art === 'kreuz' ? linie(0, mitte, KACHEL, mitte) : '');
  return (
    `<pattern id="${id}" width="${KACHEL}" height="${KACHEL}" patternUnits="userSpaceOnUse" ` +
    `patternTransform="rotate(${m.winkel})"><rect width="${KACHEL}" height="${KACHEL}" fill="${m.grund}"/>` +
    `${inhalt}</pattern>`
  );
}

/**
 * A category's fill as standalone SVG markup, for pictures outside the map (badges on the Gebiet
 * pages, share cards): a pattern needs its own <defs>, under an id unique on the page.
 */
export function fuellungSvg(stil: KategorieStil, id: string): { defs: string; fuellung: string } {
  const m = stil.muster;
  if (!m) return { defs: '', fuellung: stil.fuellung };
  return { defs: `<defs>${musterSvg(m, id)}</defs>`, fuellung: `url(#${id})` };
}
