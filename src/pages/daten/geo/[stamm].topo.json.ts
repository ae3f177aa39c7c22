import type { APIRoute, GetStaticPaths } from 'astro';
import { LAND } from '../../../lib/gebiete/land.ts';
import { dateiAntwort } from '../../../lib/laden/exporte.ts';
import { TOPOJSON_PFAD } from '../../../lib/veroeffentlichen/exporte.ts';

// One file, named after the Land (LAND.dateistamm, as TOPOJSON_PFAD).
export const getStaticPaths = (() => [{ params: { stamm: LAND.dateistamm } }]) satisfies GetStaticPaths;

/** The geometry for reuse: Gemeinden, Ämter, Kreise and Land with official keys as ids. */
export const GET: APIRoute = () => dateiAntwort(TOPOJSON_PFAD);
