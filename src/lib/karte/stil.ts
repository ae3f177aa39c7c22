import type { Kategorie } from '../strukturen/merkmale.ts';

/**
 * How each category is drawn. Colours from the Okabe-Ito palette (safe for the common forms of
 * colour blindness); "über Amt oder Kreis" and "unbekannt" are hatched, so neither depends on
 * colour alone, and every view has a legend with text and a table.
 */
/** A hatch pattern: background, line colour and angle. */
export interface Muster {
  id: string;
  grund: string;
  linie: string;
  winkel: number;
}

export interface KategorieStil {
  /** SVG fill: a colour, or url(#id) of a pattern defined in the map's <defs>. */
  fuellung: string;
  /** Pattern definition, if the fill is a pattern. */
  muster?: Muster | undefined;
}

export const STIL: Record<Kategorie, KategorieStil> = {
  vorhanden: { fuellung: '#0072B2' },
  geplant: { fuellung: '#E69F00' },
  ueber: {
    fuellung: 'url(#muster-ueber)',
    muster: { id: 'muster-ueber', grund: '#cfe3f1', linie: '#0072B2', winkel: 45 },
  },
  nein: { fuellung: '#CC79A7' },
  unbekannt: {
    fuellung: 'url(#muster-unbekannt)',
    muster: { id: 'muster-unbekannt', grund: '#f4f4f4', linie: '#b8b8b8', winkel: -45 },
  },
};

/** The hatch for "unbekannt", shared by every indicator. */
export const UNBEKANNT_STIL = STIL.unbekannt;
