import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { flaechen } from '../karte/ebenen.ts';

export const GEO_OBJEKTE = ['gemeinden', 'aemter', 'kreise', 'land'] as const;
export type GeoObjekt = (typeof GEO_OBJEKTE)[number];

export type GeoJsonEbene = FeatureCollection<Polygon | MultiPolygon, { schluessel: string; name: string }>;

/**
 * One level of the project's TopoJSON as GeoJSON (RFC 7946) for tools that do not read TopoJSON:
 * WGS84, the official key as id and property, coordinates rounded to `stellen` decimals (5 ≈ 1 m,
 * finer than the quantization of the TopoJSON) and rings wound as RFC 7946 asks (outer ring
 * counterclockwise, holes clockwise).
 */
export function alsGeoJson(topologie: Topology, objekt: GeoObjekt, stellen = 5): GeoJsonEbene {
  const faktor = 10 ** stellen;
  const runde = (p: Position): Position => xy(p).map((z) => Math.round(z * faktor) / faktor);
  const polygon = (ringe: Position[][]): Position[][] => ringe.map((ring, i) => drehe(ring.map(runde), i === 0));
  return {
    type: 'FeatureCollection',
    features: flaechen(topologie, objekt).features.map((f) => ({
      type: 'Feature',
      id: String(f.id),
      properties: { schluessel: String(f.id), name: f.properties.name },
      geometry:
        f.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: polygon(f.geometry.coordinates) }
          : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(polygon) },
    })),
  };
}

/** Longitude and latitude of a position; RFC 7946 requires both, a third (height) is dropped. */
export function xy(p: Position): [number, number] {
  const [x, y] = p;
  if (x === undefined || y === undefined) throw new Error(`Position ohne Länge und Breite: ${JSON.stringify(p)}`);
  return [x, y];
}

/** The edges of a ring, from each position to the next, as [x1, y1, x2, y2]. */
export function* kanten(ring: readonly Position[]): Generator<[number, number, number, number]> {
  let vorher: [number, number] | undefined;
  for (const p of ring) {
    const punkt = xy(p);
    if (vorher) yield [...vorher, ...punkt];
    vorher = punkt;
  }
}

/** Twice the signed planar area of a ring: positive when it runs counterclockwise. */
export function flaecheMitVorzeichen(ring: readonly Position[]): number {
  let summe = 0;
  for (const [x1, y1, x2, y2] of kanten(ring)) summe += x1 * y2 - x2 * y1;
  return summe;
}

function drehe(ring: Position[], aussen: boolean): Position[] {
  const gegenUhrzeigersinn = flaecheMitVorzeichen(ring) > 0;
  return gegenUhrzeigersinn === aussen ? ring : ring.reverse();
}
