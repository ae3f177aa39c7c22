import type { Ebene } from './schluessel.ts';
import type { Gebiet, Register } from './register.ts';

/**
 * Where each Gebiet lives on the site. Every body has exactly one page: an amtsfreie Gemeinde's
 * Amt-level unit and a kreisfreie Stadt's Kreis are the same body as the Gemeinde, so their
 * own URLs only forward to the Gemeinde page (as their data sits under the AGS, too).
 */

/** The path segment of an Ebene: /gemeinde/…, /amt/…, /kreis/…; the Land has /land/ alone. */
export const PFAD_SEGMENT: Record<Exclude<Ebene, 'land'>, string> = {
  gemeinde: 'gemeinde',
  amt: 'amt',
  kreis: 'kreis',
};

/** The URL at the Gebiet's own level, e.g. /amt/130750039/ – for a twin, the page that forwards. */
export function eigenerPfad(g: Gebiet, basis = '/'): string {
  return g.ebene === 'land' ? `${basis}land/` : `${basis}${PFAD_SEGMENT[g.ebene]}/${g.schluessel}/`;
}

/** The machine-readable twin at the Gebiet's own level: /gemeinde/13075039.json, /land.json. */
export function eigenerJsonPfad(g: Gebiet, basis = '/'): string {
  return g.ebene === 'land' ? `${basis}land.json` : `${basis}${PFAD_SEGMENT[g.ebene]}/${g.schluessel}.json`;
}

/** Whether the Gebiet only forwards to its Gemeinde's page. */
export function leitetWeiter(g: Gebiet): boolean {
  return g.ebene !== 'gemeinde' && g.gemeinde !== undefined;
}

/** The Gebiet whose page shows this one: itself, or the Gemeinde a twin stands for. */
export function kanonischesGebiet(register: Register, g: Gebiet): Gebiet {
  return leitetWeiter(g) ? register.get(g.gemeinde!)! : g;
}

/** The page to link to: always the canonical one, so no link goes through a forward. */
export function seitenPfad(g: Gebiet, basis = '/'): string {
  return leitetWeiter(g) ? `${basis}gemeinde/${g.gemeinde}/` : eigenerPfad(g, basis);
}

export function jsonPfad(g: Gebiet, basis = '/'): string {
  return leitetWeiter(g) ? `${basis}gemeinde/${g.gemeinde}.json` : eigenerJsonPfad(g, basis);
}
