import type { Kategorie } from '../merkmale.ts';

/**
 * How each category is drawn. Colours from the Okabe-Ito palette (safe for the common forms of
 * colour blindness); "über Amt oder Kreis" and "unbekannt" are hatched, so neither depends on
 * colour alone, and every view has a legend with text and a table.
 */
export interface KategorieStil {
  /** SVG fill: a colour, or the id of a pattern defined in the map's <defs>. */
  fuellung: string;
  /** Pattern definition, if the fill is a pattern. */
  muster?: { id: string; grund: string; linie: string; winkel: number } | undefined;
}

export const STIL: Record<Kategorie, KategorieStil> = {
  vorhanden: { fuellung: '#0072B2' },
  geplant: { fuellung: '#E69F00' },
  ueber: { fuellung: 'url(#muster-ueber)', muster: { id: 'muster-ueber', grund: '#cfe3f1', linie: '#0072B2', winkel: 45 } },
  nein: { fuellung: '#CC79A7' },
  unbekannt: { fuellung: 'url(#muster-unbekannt)', muster: { id: 'muster-unbekannt', grund: '#f4f4f4', linie: '#b8b8b8', winkel: -45 } },
};

export const MUSTER = Object.values(STIL).flatMap((s) => (s.muster ? [s.muster] : []));
