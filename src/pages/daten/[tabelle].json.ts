import type { APIRoute, GetStaticPaths } from 'astro';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';
import { TABELLEN } from '../../lib/schema/index.ts';

export const getStaticPaths = (() => TABELLEN.map((t) => ({ params: { tabelle: t.name } }))) satisfies GetStaticPaths;

/** Each table as validated JSON; `zeile` is the line in the CSV, so every value can be traced back. */
export const GET: APIRoute = ({ params }) => {
  const tabelle = TABELLEN.find((t) => t.name === params.tabelle)!;
  const zeilen = ladeDatenbestand().zeilen(tabelle);
  return Response.json({
    tabelle: tabelle.name,
    titel: tabelle.titel,
    quelle: `data/${tabelle.datei}`,
    zeilen: zeilen.map((z) => ({ zeile: z.zeile, ...z.daten })),
  });
};
