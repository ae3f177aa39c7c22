import type { APIRoute, GetStaticPaths } from 'astro';
import { svgDokument } from '../../components/diagramme/dokument.ts';
import { diagramm, diagramme } from '../../lib/laden/diagramme.ts';
import { svgZuPng } from '../../lib/laden/rasterung.ts';

export const getStaticPaths = (() => diagramme().map((d) => ({ params: { name: d.name } }))) satisfies GetStaticPaths;

/** Rendered from the very SVG that is offered for download, in the build. */
export const GET: APIRoute = async ({ params }) => {
  const png = await svgZuPng(await svgDokument(params.name!), diagramm(params.name!).pngBreite);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
