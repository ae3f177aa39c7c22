import type { APIRoute, GetStaticPaths } from 'astro';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';
import { VORLAGEN, vorlageCsv } from '../../lib/musterabfrage/vorlage.ts';
import { abfrageFragen } from '../../lib/schema/musterabfrage.ts';

export const getStaticPaths = (() => VORLAGEN.map((v) => ({ params: { vorlage: v.name } }))) satisfies GetStaticPaths;

/** Answer templates, generated at build time from the register and the questionnaire. */
export const GET: APIRoute = ({ params }) => {
  const daten = ladeDatenbestand();
  const vorlage = VORLAGEN.find((v) => v.name === params.vorlage)!;
  const csv = vorlageCsv(
    vorlage,
    daten.gebiete,
    daten.zeilen(abfrageFragen).map((z) => z.daten),
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
