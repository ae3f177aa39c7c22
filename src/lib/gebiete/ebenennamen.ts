import type { Ebene } from './schluessel.ts';

/**
 * The one list of how the site names its levels: singular, plural (headings, map controls, downloads)
 * and dative plural ("3 von 8 Kreisen und kreisfreien Städten"). Keyed by the plural used in the
 * geometry objects and the map's URL.
 */
export const EBENEN_NAMEN = {
  gemeinden: { ebene: 'gemeinde', einzahl: 'Gemeinde', mehrzahl: 'Gemeinden', dativ: 'Gemeinden' },
  aemter: {
    ebene: 'amt',
    einzahl: 'Amt',
    mehrzahl: 'Ämter und amtsfreie Gemeinden',
    dativ: 'Ämtern und amtsfreien Gemeinden',
  },
  kreise: {
    ebene: 'kreis',
    einzahl: 'Kreis',
    mehrzahl: 'Kreise und kreisfreie Städte',
    dativ: 'Kreisen und kreisfreien Städten',
  },
  land: { ebene: 'land', einzahl: 'Land', mehrzahl: 'Land', dativ: 'Land' },
} as const satisfies Record<string, { ebene: Ebene; einzahl: string; mehrzahl: string; dativ: string }>;

export type EbenenMenge = keyof typeof EBENEN_NAMEN;

const EINZAHL = Object.fromEntries(Object.values(EBENEN_NAMEN).map((n) => [n.ebene, n.einzahl])) as Record<
  Ebene,
  string
>;

/** "Gemeinde", "Amt", "Kreis" or "Land". */
export const einzahlVon = (ebene: Ebene): string => EINZAHL[ebene];
