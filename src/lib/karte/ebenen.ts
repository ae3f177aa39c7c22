import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';

export type Flaechen = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** The features of one object of the project's TopoJSON (gemeinden, aemter, kreise, land). */
export function flaechen(topologie: Topology, objekt: 'gemeinden' | 'aemter' | 'kreise' | 'land' | 'wasser'): Flaechen {
  return feature(topologie, topologie.objects[objekt] as GeometryCollection<{ name: string }>) as unknown as Flaechen;
}

/** Inner borders of one level, each drawn once (shared arcs only). */
export function innereGrenzen(topologie: Topology, objekt: 'gemeinden' | 'aemter' | 'kreise'): MultiLineString {
  return mesh(topologie, topologie.objects[objekt] as GeometryCollection, (a, b) => a !== b);
}

export function umriss(topologie: Topology): Feature<Polygon | MultiPolygon, { name: string }> {
  return flaechen(topologie, 'land').features[0]!;
}
