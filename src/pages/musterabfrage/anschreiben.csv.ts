import type { APIRoute } from 'astro';
import { ladeAnschreiben } from '../../lib/laden/anschreiben.ts';
import { serienbriefCsv } from '../../lib/musterabfrage/anschreiben.ts';
import { KAMPAGNE } from '../../lib/projekt.ts';

/** The mail-merge table of all letters. */
export const GET: APIRoute = ({ site }) =>
  new Response(serienbriefCsv(ladeAnschreiben(), new URL(import.meta.env.BASE_URL, site).href, KAMPAGNE.frist), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
