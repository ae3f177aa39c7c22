import { gemeindeLink, type Karte } from './karte.ts';

/** How far from the finger a Gemeinde still counts as meant, in CSS pixels (a fingertip is about 1 cm wide). */
const REICHWEITE = 16;
const RICHTUNGEN = 12;

/**
 * On a touch screen a small Gemeinde (a town of 18 × 21 px) is easy to miss: a tap that lands on no
 * Gemeinde (sea, a neighbouring Land, a name) opens the nearest one within reach of the finger.
 */
export function starteAntippen(karte: Karte): void {
  karte.svg.addEventListener('click', (e) => {
    if (e.defaultPrevented || !(e instanceof PointerEvent) || e.pointerType !== 'touch') return;
    if (gemeindeLink(e.target)) return;
    const a = naechsterLink(e.clientX, e.clientY);
    if (!a) return;
    e.preventDefault();
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  });
}

/** The Gemeinde link nearest to a point, searched on rings of growing radius; null if none is within reach. */
function naechsterLink(x: number, y: number): SVGAElement | null {
  for (let r = 4; r <= REICHWEITE; r += 4)
    for (let i = 0; i < RICHTUNGEN; i++) {
      const winkel = (2 * Math.PI * i) / RICHTUNGEN;
      const a = gemeindeLink(document.elementFromPoint(x + r * Math.cos(winkel), y + r * Math.sin(winkel)));
      if (a) return a;
    }
  return null;
}
