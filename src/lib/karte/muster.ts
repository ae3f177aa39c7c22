import type { KategorieStil } from './stil.ts';

/**
 * A category's fill as standalone SVG markup, for pictures outside the map (badges on the Gebiet
 * pages, share cards): a pattern needs its own <defs>, under an id unique on the page.
 */
export function fuellungSvg(stil: KategorieStil, id: string): { defs: string; fuellung: string } {
  const m = stil.muster;
  if (!m) return { defs: '', fuellung: stil.fuellung };
  const defs =
    `<defs><pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" ` +
    `patternTransform="rotate(${m.winkel})"><rect width="6" height="6" fill="${m.grund}"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${m.linie}" stroke-width="2.2"/></pattern></defs>`;
  return { defs, fuellung: `url(#${id})` };
}
