import {
  type GeoContext,
  geoPath,
  geoTransverseMercator,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStreamWrapper,
} from 'd3-geo';
import { LAND } from '../gebiete/land.ts';

/**
 * Transverse Mercator around the Land's central meridian: conformal and close to its UTM zone, so
 * the Land keeps its familiar shape. (Web Mercator would stretch it north-south.)
 */
export function landProjektion(
  breite: number,
  hoehe: number,
  umriss: GeoPermissibleObjects,
  rand = 8,
  mittelmeridian = LAND.mittelmeridian,
): GeoProjection {
  return geoTransverseMercator()
    .rotate([-mittelmeridian, 0])
    .fitExtent(
      [
        [rand, rand],
        [breite - rand, hoehe - rand],
      ],
      umriss,
    );
}

/** SVG path data with one decimal: sub-pixel precision is invisible and costs bytes. */
export function pfadGenerator(projektion: GeoProjection) {
  return geoPath(projektion).digits(1);
}

/**
 * The same path data with relative commands: every step from the point before, in tenths as the
 * absolute path has them, so the drawing is identical, but small numbers take fewer bytes (about a
 * sixth less of the home page's HTML, gzip). Rounding is done on the absolute points first, so
 * errors never add up along a ring.
 */
export function relativerPfad(projektion: GeoStreamWrapper, grob = false) {
  // Coarse (whole units) for what only sits in the background: the open sea, the neighbouring Länder.
  const kontext = new RelativerKontext(grob ? 1 : 10);
  const pfad = geoPath(projektion, kontext);
  return (objekt: GeoPermissibleObjects): string => {
    kontext.beginne();
    pfad(objekt);
    return kontext.text();
  };
}

/** A number of tenths as SVG writes it most briefly: 5 → ".5", -12 → "-1.2", 30 → "3". */
export function zehntel(n: number): string {
  const s = String(Math.abs(n) / 10).replace(/^0\./, '.');
  return n < 0 ? `-${s}` : s;
}

/** Joins numbers so that each stays apart: a minus sign or a leading point after a fraction separates on its own. */
function verbinde(zahlen: string[]): string {
  let aus = '';
  for (const z of zahlen) {
    const trenner = aus !== '' && !z.startsWith('-') && !(z.startsWith('.') && /\.\d*$/.test(aus)) ? ' ' : '';
    aus += trenner + z;
  }
  return aus;
}

class RelativerKontext implements GeoContext {
  private teile: string[] = [];
  private readonly teilung: number;
  private readonly zahl: (n: number) => string;

  /** `teilung`: 10 for tenths, 1 for whole units. */
  constructor(teilung: number) {
    this.teilung = teilung;
    this.zahl = teilung === 10 ? zehntel : String;
  }

  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  beginne(): void {
    this.teile = [];
    this.x = this.y = this.startX = this.startY = 0;
  }

  text(): string {
    return this.teile.join('');
  }

  beginPath(): void {
    // One string per object: beginne() starts it.
  }

  moveTo(x: number, y: number): void {
    const [X, Y] = [Math.round(x * this.teilung), Math.round(y * this.teilung)];
    const erster = this.teile.length === 0;
    const zahlen = erster ? [X, Y] : [X - this.x, Y - this.y];
    this.teile.push(`${erster ? 'M' : 'm'}${verbinde(zahlen.map(this.zahl))}`);
    [this.x, this.y, this.startX, this.startY] = [X, Y, X, Y];
  }

  lineTo(x: number, y: number): void {
    const [X, Y] = [Math.round(x * this.teilung), Math.round(y * this.teilung)];
    const [dx, dy] = [X - this.x, Y - this.y];
    if (dx === 0 && dy === 0) return;
    if (dy === 0) this.teile.push(`h${this.zahl(dx)}`);
    else if (dx === 0) this.teile.push(`v${this.zahl(dy)}`);
    else this.teile.push(`l${verbinde([this.zahl(dx), this.zahl(dy)])}`);
    [this.x, this.y] = [X, Y];
  }

  closePath(): void {
    this.teile.push('z');
    [this.x, this.y] = [this.startX, this.startY];
  }

  arc(): void {
    // Points are drawn as circles by geoPath; the map has none.
  }
}
