import type { APIRoute, GetStaticPaths } from 'astro';
import { geoJsonPfad } from '../../../lib/veroeffentlichen/exporte.ts';
import { GEO_OBJEKTE, type GeoObjekt } from '../../../lib/geo/geojson.ts';
import { dateiAntwort } from '../../../lib/laden/exporte.ts';

export const getStaticPaths = (() => GEO_OBJEKTE.map((ebene) => ({ params: { ebene } }))) satisfies GetStaticPaths;

/** One level of the geometry as GeoJSON (RFC 7946), for tools that do not read TopoJSON. */
export const GET: APIRoute = ({ params }) => dateiAntwort(geoJsonPfad(params.ebene as GeoObjekt));
