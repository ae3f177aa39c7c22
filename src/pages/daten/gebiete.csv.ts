import type { APIRoute } from 'astro';
import Papa from 'papaparse';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';

/** The register as CSV, so contributors can look up a key in a spreadsheet. */
export const GET: APIRoute = () => {
  const zeilen = ladeDatenbestand().gebiete.map((g) => ({
    schluessel: g.schluessel,
    ebene: g.ebene,
    name: g.name,
    bezeichnung: g.bezeichnung,
    art: g.art,
    kreis: g.kreis ?? '',
    amt: g.amt ?? '',
    gemeinde: g.gemeinde ?? '',
  }));
  return new Response(Papa.unparse(zeilen, { newline: '\n' }) + '\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
