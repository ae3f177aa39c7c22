import type { KartenIndex } from '../../lib/karte/info.ts';
import type { KartenZustand } from '../../lib/karte/zustand.ts';

/** What the map's modules share: the elements found once, the data once loaded, the current view. */
export interface Karte {
  wurzel: HTMLElement;
  svg: SVGSVGElement;
  /** One link per Gemeinde shape, in document order. */
  links: SVGAElement[];
  basis: string;
  einbettung: boolean;
  zustand: KartenZustand;
  index?: KartenIndex | undefined;
}

/** The Gemeinde link an event happened on, if any (the SVG itself or a border is none). */
export const gemeindeLink = (ziel: EventTarget | null): SVGAElement | null =>
  ziel instanceof Element ? ziel.closest<SVGAElement>('#karte-gemeinden a') : null;

/** The shape inside a Gemeinde link. */
export const flaecheVon = (a: SVGAElement): SVGGraphicsElement | null =>
  a.firstElementChild instanceof SVGGraphicsElement ? a.firstElementChild : null;

export function setzeText(selektor: string, text: string): void {
  const el = document.querySelector(selektor);
  if (el && el.textContent !== text) el.textContent = text;
}
