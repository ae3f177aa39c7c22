import type { APIRoute, GetStaticPaths } from 'astro';
import { dateiAntwort } from '../../lib/laden/exporte.ts';
import { TABELLEN } from '../../lib/schema/index.ts';

export const getStaticPaths = (() => TABELLEN.map((t) => ({ params: { datei: t.name } }))) satisfies GetStaticPaths;

/** The curated CSV exactly as it is in data/, byte for byte (after validation). */
export const GET: APIRoute = ({ params }) => dateiAntwort(`${params.datei}.csv`);
