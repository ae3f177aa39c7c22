import type { APIRoute } from 'astro';
import { datenpaket } from '../../lib/veroeffentlichen/datenpaket.ts';
import { ladeOffeneDateien } from '../../lib/laden/exporte.ts';
import { ladeVerlauf } from '../../lib/laden/git.ts';

/** The Frictionless Data Package descriptor for everything under /daten/. */
export const GET: APIRoute = ({ site }) => {
  const homepage = new URL(`${import.meta.env.BASE_URL}daten/`, site).href;
  const paket = datenpaket({ homepage, erstellt: ladeVerlauf(['data/']).neuesteZeit, ressourcen: ladeOffeneDateien() });
  return new Response(JSON.stringify(paket, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
