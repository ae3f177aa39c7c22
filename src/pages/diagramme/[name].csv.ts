import type { APIRoute, GetStaticPaths } from 'astro';
import { diagramm, diagramme } from '../../lib/laden/diagramme.ts';

export const getStaticPaths = (() => diagramme().map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(diagramm(params.name!).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
