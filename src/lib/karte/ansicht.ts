/**
 * The map's zoom and pan as viewBox maths, so the script only reads the pointer and writes one
 * attribute. All values are in the map's user units (the viewBox of the full map).
 */
export interface Ansicht {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Closest zoom: a sixteenth of the full width, enough for the smallest Gemeinde. */
export const GROESSTER_ZOOM = 16;

export const alsViewBox = (v: Ansicht): string => `${v.x} ${v.y} ${v.w} ${v.h}`;

const begrenzt = (ganz: Ansicht, w: number) => Math.min(ganz.w, Math.max(ganz.w / GROESSTER_ZOOM, w));

/** Zooms by `faktor` (< 1 closer) around a point that stays where it is on screen (default: the middle). */
export function zoome(
  ansicht: Ansicht,
  ganz: Ansicht,
  faktor: number,
  punkt = { x: ansicht.x + ansicht.w / 2, y: ansicht.y + ansicht.h / 2 },
): Ansicht {
  const w = begrenzt(ganz, ansicht.w * faktor);
  const h = (w / ganz.w) * ganz.h;
  return {
    x: punkt.x - ((punkt.x - ansicht.x) * w) / ansicht.w,
    y: punkt.y - ((punkt.y - ansicht.y) * h) / ansicht.h,
    w,
    h,
  };
}

/** A view three times the size of the boxes around their middle, in the map's aspect; undefined for none. */
export function umfasse(boxen: readonly Box[], ganz: Ansicht): Ansicht | undefined {
  if (boxen.length === 0) return undefined;
  const x0 = Math.min(...boxen.map((b) => b.x));
  const y0 = Math.min(...boxen.map((b) => b.y));
  const x1 = Math.max(...boxen.map((b) => b.x + b.width));
  const y1 = Math.max(...boxen.map((b) => b.y + b.height));
  const w = begrenzt(ganz, Math.max((x1 - x0) * 3, ((y1 - y0) * 3 * ganz.w) / ganz.h));
  const h = (w / ganz.w) * ganz.h;
  return { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
}

/** The point under a screen position, given the map's box on screen. */
export function punktInAnsicht(
  ansicht: Ansicht,
  rahmen: { left: number; top: number; width: number; height: number },
  bildschirm: { x: number; y: number },
): { x: number; y: number } {
  return {
    x: ansicht.x + ((bildschirm.x - rahmen.left) / rahmen.width) * ansicht.w,
    y: ansicht.y + ((bildschirm.y - rahmen.top) / rahmen.height) * ansicht.h,
  };
}

/** How many screen pixels one user unit is at this view: patterns and labels divide by it to keep their size. */
export const massstab = (ansicht: Ansicht, ganz: Ansicht): number => ganz.w / ansicht.w;

/**
 * SVG transform that scales a label by k around its anchor (the town's dot): zoomed in, the viewBox makes
 * everything bigger, and this shrinks the label back to its size on screen while it stays at its town.
 * Undefined at k = 1, so the whole map carries no transforms.
 */
export function umAnker(anker: { x: number; y: number }, k: number): string | undefined {
  if (k === 1) return undefined;
  const runde = (wert: number) => Number(wert.toFixed(3));
  return `matrix(${runde(k)} 0 0 ${runde(k)} ${runde(anker.x * (1 - k))} ${runde(anker.y * (1 - k))})`;
}
