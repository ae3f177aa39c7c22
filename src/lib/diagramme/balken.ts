/**
 * Layout of a horizontal bar chart, computed at build time: labels on the left, bars scaled to
 * the largest count, the count written at the end of each bar, so nothing depends on colour.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { r1 } from './text.ts';

export interface BalkenEingabe {
  label: string;
  anzahl: number;
}

export interface BalkenGeometrie extends BalkenEingabe {
  y: number;
  hoehe: number;
  breite: number;
  /** Where the count is written: just after the bar. */
  textX: number;
  /** Vertical middle of the bar, for the texts. */
  mitte: number;
}

export interface BalkenLayout {
  breite: number;
  hoehe: number;
  /** x where bars start (after the labels). */
  links: number;
  balken: BalkenGeometrie[];
  /** Vertical grid lines with their value (whole numbers only). */
  raster: { x: number; wert: number }[];
}

export function balkenLayout(
  eingabe: readonly BalkenEingabe[],
  opts: { breite?: number; labelBreite?: number; zeilenHoehe?: number } = {},
): BalkenLayout {
  const breite = opts.breite ?? 640;
  const links = opts.labelBreite ?? 220;
  const zeilenHoehe = opts.zeilenHoehe ?? 32;
  const rechtsRand = 48;
  const obenRand = 8;
  const untenRand = 24;
  const hoehe = obenRand + zeilenHoehe * eingabe.length + untenRand;
  const hoechste = Math.max(1, ...eingabe.map((b) => b.anzahl));
  const x = scaleLinear()
    .domain([0, hoechste])
    .nice()
    .range([links, breite - rechtsRand]);
  const y = scaleBand<number>()
    .domain(eingabe.map((_, i) => i))
    .range([obenRand, obenRand + zeilenHoehe * eingabe.length])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  return {
    breite,
    hoehe,
    links,
    balken: eingabe.map((b, i) => {
      const ende = x(b.anzahl);
      return {
        ...b,
        y: r1(y(i)!),
        hoehe: r1(y.bandwidth()),
        breite: r1(ende - links),
        textX: r1(ende + 6),
        mitte: r1(y(i)! + y.bandwidth() / 2),
      };
    }),
    raster: x
      .ticks(Math.min(hoechste, 5))
      .filter((t) => Number.isInteger(t))
      .map((t) => ({ x: r1(x(t)), wert: t })),
  };
}
