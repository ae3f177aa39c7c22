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
  const runde = (p: Position): Position => [Math.round(p[0]! * faktor) / faktor, Math.round(p[1]! * faktor) / faktor];
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

/** Twice the signed planar area of a ring: positive when it runs counterclockwise. */
export function flaecheMitVorzeichen(ring: readonly Position[]): number {
  let summe = 0;
  for (let i = 0; i < ring.length - 1; i++) summe += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return summe;
}

function drehe(ring: Position[], aussen: boolean): Position[] {
  const gegenUhrzeigersinn = flaecheMitVorzeichen(ring) > 0;
  return gegenUhrzeigersinn === aussen ? ring : ring.reverse();
}
