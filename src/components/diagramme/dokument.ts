import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Diagramm from './Diagramm.astro';
import { diagramm } from '../../lib/laden/diagramme.ts';

let container: AstroContainer | undefined;

/** The chart exactly as the page renders it, with title and footer, as a standalone SVG document. */
export async function svgDokument(name: string): Promise<string> {
  container ??= await AstroContainer.create();
  const svg = await container.renderToString(Diagramm, { props: { diagramm: diagramm(name), download: true } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.trim()}\n`;
}
