import type { Kategorie } from '../strukturen/merkmale.ts';

/**
 * How each category is drawn. Colours from the Okabe-Ito palette (safe for the common forms of
 * colour blindness); "über Amt oder Kreis" (green, never the blue of "vorhanden") and "unbekannt" are
 * hatched, so neither depends on colour alone, and every view has a legend with text and a table.
 */
/** A hatch pattern: background, line colour and angle. */
export interface Muster {
  id: string;
  grund: string;
  linie: string;
  winkel: number;
  /** Line width in screen pixels at full view (of a 6-pixel tile); the script keeps it when zooming. */
  breite?: number | undefined;
}

/** Line width of a hatch unless a pattern names its own. */
export const MUSTER_BREITE = 2.2;

/**
 * The sea: a light, slightly cool neutral that no category of any indicator uses. About as light as
 * it can get: lighter still and it comes too close to "unbekannt" and the lightest Fonds class (palette test).
 */
export const MEER = '#c8cad4';

/** The neighbouring Länder around the map: a light grey, set apart from the sea. */
export const UMGEBUNG = '#e4e4e4';

export interface KategorieStil {
  /** SVG fill: a colour, or url(#id) of a pattern defined in the map's <defs>. */
  fuellung: string;
  /** Pattern definition, if the fill is a pattern. */
  muster?: Muster | undefined;
}

export const STIL: Record<Kategorie, KategorieStil> = {
  vorhanden: { fuellung: '#0072B2' },
  geplant: { fuellung: '#E69F00' },
  // Another hue family than "vorhanden": covered by the Amt or Kreis is not the Gebiet's own structure.
  ueber: {
    fuellung: 'url(#muster-ueber)',
    muster: { id: 'muster-ueber', grund: '#e3f3eb', linie: '#009E73', winkel: 45 },
  },
  nein: { fuellung: '#CC79A7' },
  // A plain light neutral with a fine, low-contrast line: calm on the map, still not colour alone.
  unbekannt: {
    fuellung: 'url(#muster-unbekannt)',
    muster: { id: 'muster-unbekannt', grund: '#f5f5f3', linie: '#cfcfca', winkel: -45, breite: 0.8 },
  },
};

/** The hatch for "unbekannt", shared by every indicator. */
export const UNBEKANNT_STIL = STIL.unbekannt;
