import type { APIRoute } from 'astro';
import { ladeDatenbestand } from '../../../lib/laden/datenbestand.ts';

/** The geometry for reuse: Gemeinden, Ämter, Kreise and Land with official keys as ids. */
export const GET: APIRoute = () => Response.json(ladeDatenbestand().geo.topologie);
