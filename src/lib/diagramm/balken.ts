/**
 * Layout of a horizontal bar chart, computed at build time: labels on the left, bars scaled to
 * the largest count, the count written at the end of each bar, so nothing depends on colour.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

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

export function balkenLayout(eingabe: readonly BalkenEingabe[], opts: { breite?: number; labelBreite?: number; zeilenHoehe?: number } = {}): BalkenLayout {
  const breite = opts.breite ?? 640;
  const links = opts.labelBreite ?? 220;
  const zeilenHoehe = opts.zeilenHoehe ?? 32;
  const rechtsRand = 48;
  const obenRand = 8;
  const untenRand = 24;
  const hoehe = obenRand + zeilenHoehe * eingabe.length + untenRand;
  const hoechste = Math.max(1, ...eingabe.map((b) => b.anzahl));
  const x = scaleLinear().domain([0, hoechste]).nice().range([links, breite - rechtsRand]);
  const y = scaleBand<number>()
    .domain(eingabe.map((_, i) => i))
    .range([obenRand, obenRand + zeilenHoehe * eingabe.length])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const runde = (n: number) => Math.round(n * 10) / 10;
  return {
    breite,
    hoehe,
    links,
    balken: eingabe.map((b, i) => {
      const ende = x(b.anzahl);
      return { ...b, y: runde(y(i)!), hoehe: runde(y.bandwidth()), breite: runde(ende - links), textX: runde(ende + 6), mitte: runde(y(i)! + y.bandwidth() / 2) };
    }),
    raster: x
      .ticks(Math.min(hoechste, 5))
      .filter((t) => Number.isInteger(t))
      .map((t) => ({ x: runde(x(t)), wert: t })),
  };
}
