import type { APIRoute } from 'astro';
import { csvText } from '../../lib/csv/schreiben.ts';
import { anzeigeName } from '../../lib/gebiete/namen.ts';
import { ladeHandlungsbedarf } from '../../lib/laden/karte.ts';
import { BEDARF_SPALTEN, bedarfZeilen } from '../../lib/politik/handlungsbedarf.ts';
import { label } from '../../lib/schema/vokabular.ts';
import { KATEGORIEN } from '../../lib/strukturen/merkmale.ts';

/** The list of /handlungsbedarf/ as a table: the same rows, built from the same function. */
export const GET: APIRoute = () =>
  new Response(
    csvText(
      BEDARF_SPALTEN,
      bedarfZeilen(ladeHandlungsbedarf(), anzeigeName, (k) => label(KATEGORIEN, k)),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
