import type { Kategorie } from '../strukturen/merkmale.ts';

/**
 * How each category is drawn. Colours from the Okabe-Ito palette (safe for the common forms of
 * colour blindness), and besides the colour every category of a status indicator has its own
 * texture (solid, dots, one hatch direction, cross-hatch), so no status depends on colour alone;
 * every view also has a legend with text and a table.
 */
/**
 * A pattern on a 6-pixel tile: background, colour of its lines or dots, angle. "linien" is one
 * hatch, "kreuz" a cross-hatch, "punkte" one dot per tile.
 */
export interface Muster {
  id: string;
  art?: 'linien' | 'kreuz' | 'punkte' | undefined;
  grund: string;
  linie: string;
  winkel: number;
  /** Line width (dot diameter) in screen pixels at full view; the script keeps it when zooming. */
  breite?: number | undefined;
}

/** Line width of a hatch unless a pattern names its own. */
export const MUSTER_BREITE = 1.6;

/** Side of a pattern tile, in screen pixels at full view. */
export const KACHEL = 6;

/** Share of a tile covered by the lines or dots: how the pattern mixes from afar (palette test). */
export function deckung(m: Muster): number {
  const b = m.breite ?? MUSTER_BREITE;
  if (m.art === 'punkte') return (Math.PI * (b / 2) ** 2) / KACHEL ** 2;
  const linie = b / KACHEL;
  return m.art === 'kreuz' ? 2 * linie - linie ** 2 : linie;
}

/**
 * What tells a category apart without colour: its texture. Two hatches differ only if their
 * directions do; the fine "unbekannt" hatch runs against the one of "über Amt oder Kreis".
 */
export function merkmalOhneFarbe(m: Muster | undefined): string {
  if (!m) return 'voll';
  const art = m.art ?? 'linien';
  return art === 'linien' ? `linien ${(((m.winkel % 180) + 180) % 180).toString()}` : art;
}

/**
 * The sea: a light, slightly cool neutral that no category of any indicator uses. About as light as
 * it can get: lighter still and it comes too close to "unbekannt" and the lightest Fonds class (palette test).
 */
export const MEER = '#c8cad4';

/** The neighbouring Länder around the map: a light grey, set apart from the sea. */
export const UMGEBUNG = '#e4e4e4';

/** The thin line around every Gemeinde shape, in map units. */
export const GEMEINDEGRENZE = { farbe: '#ffffff', breite: 0.35 } as const;

export interface KategorieStil {
  /** SVG fill: a colour, or url(#id) of a pattern defined in the map's <defs>. */
  fuellung: string;
  /** Pattern definition, if the fill is a pattern. */
  muster?: Muster | undefined;
}

export const STIL: Record<Kategorie, KategorieStil> = {
  vorhanden: { fuellung: '#0072B2' },
  // Dots: something is on the way, not there yet.
  geplant: {
    fuellung: 'url(#muster-geplant)',
    muster: { id: 'muster-geplant', art: 'punkte', grund: '#E69F00', linie: '#5c3d00', winkel: 0, breite: 1.8 },
  },
  // Another hue family than "vorhanden": covered by the Amt or Kreis is not the Gebiet's own structure.
  ueber: {
    fuellung: 'url(#muster-ueber)',
    muster: { id: 'muster-ueber', grund: '#e3f3eb', linie: '#009E73', winkel: 45 },
  },
  // A thin light cross-hatch: crossed out, and calm even on large areas.
  nein: {
    fuellung: 'url(#muster-nein)',
    muster: { id: 'muster-nein', art: 'kreuz', grund: '#CC79A7', linie: '#f7e4ef', winkel: 45, breite: 0.7 },
  },
  // A plain light neutral with a fine, low-contrast line: calm on the map, still not colour alone.
  unbekannt: {
    fuellung: 'url(#muster-unbekannt)',
    muster: { id: 'muster-unbekannt', grund: '#f5f5f3', linie: '#cfcfca', winkel: -45, breite: 0.6 },
  },
};

/** The hatch for "unbekannt", shared by every indicator. */
export const UNBEKANNT_STIL = STIL.unbekannt;
