import type { APIRoute } from 'astro';
import { REGISTER_RESSOURCE } from '../../lib/veroeffentlichen/datenpaket.ts';
import { dateiAntwort } from '../../lib/laden/exporte.ts';

/** The register as CSV, so contributors can look up a key in a spreadsheet. */
export const GET: APIRoute = () => dateiAntwort(`${REGISTER_RESSOURCE}.csv`);
