import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATEN } from '../../lib/laden/pfade.ts';
import { TABELLEN } from '../../lib/schema/index.ts';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';

export const getStaticPaths = (() => TABELLEN.map((t) => ({ params: { datei: t.name } }))) satisfies GetStaticPaths;

/** The curated CSV exactly as it is in data/, byte for byte (after validation). */
export const GET: APIRoute = ({ params }) => {
  ladeDatenbestand();
  const tabelle = TABELLEN.find((t) => t.name === params.datei)!;
  return new Response(fs.readFileSync(path.join(DATEN, tabelle.datei)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
