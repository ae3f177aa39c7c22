import type { APIRoute, GetStaticPaths } from 'astro';
import { leitetWeiter } from '../../lib/gebiete/adressen.ts';
import { gebietsprofil, grundlagenAus, weiterleitungsprofil } from '../../lib/gebiete/profil.ts';
import { jsonRouten } from '../../lib/gebiete/routen.ts';
import type { Gebiet } from '../../lib/gebiete/register.ts';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';
import { heute } from '../../lib/laden/heute.ts';

export const getStaticPaths = (() => jsonRouten(ladeDatenbestand().gebiete)) satisfies GetStaticPaths;

/** The machine-readable twin of a Gebiet page (fields: docs/gebietsseiten.md); a twin's points to its Gemeinde. */
export const GET: APIRoute = ({ props }) => {
  const g = (props as { gebiet: Gebiet }).gebiet;
  const grundlagen = grundlagenAus(ladeDatenbestand(), heute());
  const basis = import.meta.env.BASE_URL;
  return Response.json(leitetWeiter(g) ? weiterleitungsprofil(g, basis) : gebietsprofil(grundlagen, g, basis));
};
