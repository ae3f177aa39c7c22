import type { APIRoute } from 'astro';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';

/** The register of every Gebiet: the keys every data table refers to. */
export const GET: APIRoute = () => Response.json(ladeDatenbestand().gebiete);
