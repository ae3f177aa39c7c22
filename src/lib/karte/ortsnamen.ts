import type { GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { einwohnerVon } from '../gebiete/einwohner.ts';
import type { Gebiet } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import { innenpunkt } from './lage.ts';

/**
 * Town names on the map, for orientation. Which towns: the kreisfreie Städte and every Gemeinde
 * from this many inhabitants (newest figure in data/einwohner.csv). The threshold keeps the
 * Mittelzentren of the Land, among them every former Kreisstadt, and leaves the map readable.
 */
export const ORTSNAMEN_AB = 9000;

/** A town to label: its key, name and newest population (the bigger town wins a contested place). */
export interface Ort {
  schluessel: string;
  name: string;
  einwohner: number;
}

export function orteZumBeschriften(
  gebiete: readonly Gebiet[],
  einwohner: readonly GepruefteZeile<EinwohnerZeile>[],
  ab = ORTSNAMEN_AB,
): Ort[] {
  const orte: Ort[] = [];
  for (const g of gebiete) {
    if (g.ebene !== 'gemeinde') continue;
    const zahl = einwohnerVon(einwohner, g)?.einwohner ?? 0;
    if (g.art === 'kreisfrei' || zahl >= ab) orte.push({ schluessel: g.schluessel, name: g.name, einwohner: zahl });
  }
  return orte.sort((a, b) => b.einwohner - a.einwohner || a.schluessel.localeCompare(b.schluessel));
}

export interface Kasten {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A placed label: the town's dot, and the text with its anchor and baseline, in map units. */
export interface Ortsname {
  schluessel: string;
  name: string;
  punkt: { x: number; y: number };
  text: { x: number; y: number; anker: 'start' | 'middle' | 'end' };
}

/**
 * Width of a name in a sans-serif at size 1. Generous (wide fonts such as DejaVu Sans need about
 * 0.6 em a letter), so a label placed here never overlaps in a real browser, whatever its font.
 */
const breite = (name: string, schrift: number) => name.length * 0.64 * schrift;
/** Ascent and descent of the font, in em: the box a label's glyphs can fill around its baseline. */
const OBEN = 0.95;
const UNTEN = 0.26;
/** Radius of a town's dot, relative to the font size. */
export const PUNKT = 0.17;

const ueberlappt = (a: Kasten, b: Kasten) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The places around a dot, in order of preference: right, left, above, below, then the four diagonals. */
function kandidaten(p: { x: number; y: number }, name: string, s: number) {
  const b = breite(name, s);
  const d = 0.4 * s;
  const seitlich = p.y + 0.35 * s;
  const oben = p.y - d - UNTEN * s;
  const unten = p.y + d + OBEN * s;
  const orte: [number, number, 'start' | 'middle' | 'end'][] = [
    [p.x + d, seitlich, 'start'],
    [p.x - d, seitlich, 'end'],
    [p.x, oben, 'middle'],
    [p.x, unten, 'middle'],
    [p.x + d / 2, oben, 'start'],
    [p.x + d / 2, unten, 'start'],
    [p.x - d / 2, oben, 'end'],
    [p.x - d / 2, unten, 'end'],
  ];
  return orte.map(([x, y, anker]) => {
    const x0 = anker === 'start' ? x : anker === 'end' ? x - b : x - b / 2;
    return { text: { x, y, anker }, kasten: { x0, y0: y - OBEN * s, x1: x0 + b, y1: y + UNTEN * s } };
  });
}

/**
 * The name as a map label: without the additions that tell namesakes apart in the register
 * ("Waren (Müritz)", "Bergen auf Rügen", "Boizenburg/Elbe"); on the map the place says that.
 */
export function kurzname(name: string): string {
  return name.split(/ \(|\/| (?:auf|an der|am|in) /)[0]!.trim();
}

/**
 * Greedy placement, biggest town first: each label takes the first of four places around its dot
 * that stays inside the frame and touches no label or dot placed before. A town without a free
 * place gets no label (and no dot), so labels never collide at this font size.
 */
export function platziereOrtsnamen(
  orte: readonly Ort[],
  flaeche: (schluessel: string) => Feature<Polygon | MultiPolygon> | undefined,
  projektion: GeoProjection,
  schrift: number,
  rahmen: { breite: number; hoehe: number },
  gesperrt: readonly Kasten[] = [],
): Ortsname[] {
  const r = PUNKT * schrift + 1;
  const punkte = orte.flatMap((ort) => {
    const f = flaeche(ort.schluessel);
    // A point inside the town's largest part: a centroid can fall outside a bent or ring-shaped Gemeinde.
    const [x, y] = (f && projektion(innenpunkt(f))) ?? [Number.NaN, Number.NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    return [{ ort, punkt: { x: x!, y: y! }, kasten: { x0: x! - r, y0: y! - r, x1: x! + r, y1: y! + r } }];
  });
  const belegt: Kasten[] = [...gesperrt];
  const platziert: Ortsname[] = [];
  for (const [i, { ort, punkt, kasten: punktKasten }] of punkte.entries()) {
    if (belegt.some((k) => ueberlappt(k, punktKasten))) continue;
    const name = kurzname(ort.name);
    const frei = kandidaten(punkt, name, schrift).filter(
      ({ kasten: k }) =>
        k.x0 >= 0 &&
        k.y0 >= 0 &&
        k.x1 <= rahmen.breite &&
        k.y1 <= rahmen.hoehe &&
        !belegt.some((b) => ueberlappt(b, k)),
    );
    // Rather a place that leaves the smaller towns' dots free, so they can still get their names.
    const spaeter = punkte.slice(i + 1).map((p) => p.kasten);
    const wahl = frei.find(({ kasten: k }) => !spaeter.some((p) => ueberlappt(p, k))) ?? frei[0];
    if (!wahl) continue;
    belegt.push(wahl.kasten, punktKasten);
    platziert.push({ schluessel: ort.schluessel, name, punkt, text: wahl.text });
  }
  return platziert;
}

/**
 * The name of a neighbouring Land, centred on a point of its visible part and moved inside the
 * frame; its box is kept free of town names.
 */
export function landesname(
  name: string,
  punkt: readonly [number, number],
  schrift: number,
  rahmen: { breite: number; hoehe: number },
): { text: { x: number; y: number; anker: 'middle' }; kasten: Kasten } {
  const b = breite(name, schrift);
  const rand = 0.3 * schrift;
  const x = Math.min(Math.max(punkt[0], b / 2 + rand), rahmen.breite - b / 2 - rand);
  const y = Math.min(Math.max(punkt[1], OBEN * schrift + rand), rahmen.hoehe - UNTEN * schrift - rand);
  return {
    text: { x, y, anker: 'middle' },
    kasten: { x0: x - b / 2, y0: y - OBEN * schrift, x1: x + b / 2, y1: y + UNTEN * schrift },
  };
}
