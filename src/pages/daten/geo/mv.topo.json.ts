import type { APIRoute } from 'astro';
import { TOPOJSON_PFAD } from '../../../lib/veroeffentlichen/exporte.ts';
import { dateiAntwort } from '../../../lib/laden/exporte.ts';

/** The geometry for reuse: Gemeinden, Ämter, Kreise and Land with official keys as ids. */
export const GET: APIRoute = () => dateiAntwort(TOPOJSON_PFAD);
