import type { APIRoute, GetStaticPaths } from 'astro';
import { svgDokument } from '../../components/diagramme/dokument.ts';
import { diagramme } from '../../lib/laden/diagramme.ts';

export const getStaticPaths = (() => diagramme().map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await svgDokument(params.name!), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
