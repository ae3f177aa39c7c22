import type { APIRoute } from 'astro';
import { gebietsprofil, grundlagenAus } from '../lib/gebiete/profil.ts';
import { ladeDatenbestand } from '../lib/laden/datenbestand.ts';
import { heute } from '../lib/laden/heute.ts';

/** The machine-readable twin of /land/ (fields: docs/gebietsseiten.md). */
export const GET: APIRoute = () => {
  const bestand = ladeDatenbestand();
  return Response.json(
    gebietsprofil(grundlagenAus(bestand, heute()), bestand.register.get('13')!, import.meta.env.BASE_URL),
  );
};
