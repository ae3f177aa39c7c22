/** Keyboard moves on the map: from one Gebiet to the nearest one in the direction of an arrow key. */
export interface Punkt {
  x: number;
  y: number;
}

export const RICHTUNGEN = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
} as const satisfies Record<string, Punkt>;

/** The direction of a key, if it is an arrow key. */
export const richtungVon = (taste: string): Punkt | undefined =>
  Object.hasOwn(RICHTUNGEN, taste) ? RICHTUNGEN[taste as keyof typeof RICHTUNGEN] : undefined;

/**
 * The nearest candidate ahead: distance along the direction plus twice the distance across it, so
 * a Gebiet straight ahead beats a closer one off to the side. Undefined at the edge.
 */
export function naechsterNachbar<K>(von: K, mitten: ReadonlyMap<K, Punkt>, richtung: Punkt): K | undefined {
  const start = mitten.get(von);
  if (!start) return undefined;
  let bester: K | undefined;
  let besteWertung = Infinity;
  for (const [k, p] of mitten) {
    const dx = p.x - start.x;
    const dy = p.y - start.y;
    const entlang = dx * richtung.x + dy * richtung.y;
    if (k === von || entlang <= 0) continue;
    const wertung = entlang + 2 * Math.abs(dx * richtung.y - dy * richtung.x);
    if (wertung < besteWertung) [bester, besteWertung] = [k, wertung];
  }
  return bester;
}
