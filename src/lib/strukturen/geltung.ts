import type { Gebiet } from '../gebiete/register.ts';
import type { IntgAussageZeile } from '../schema/intg-aussagen.ts';
import type { Adressat } from '../schema/vokabular.ts';

/**
 * Whether a statement about the InTG (data/intg-aussagen.csv) concerns a Gebiet, derived from
 * its kind and population only. The wording stays in the data; this decides nothing about law.
 */

/** How sure the site is that a statement concerns the Gebiet; pages list statements in this order. */
export const GELTUNGEN = ['gilt', 'grenzfall', 'unbekannt', 'wohl-nicht', 'gilt-nicht'] as const;
export type Geltung = (typeof GELTUNGEN)[number];

/** How lists and counts name each Geltung (the JSON twin carries the code). */
export const GELTUNG_NAMEN: Record<Geltung, string> = {
  gilt: 'betroffen',
  grenzfall: 'Grenzfall',
  'wohl-nicht': 'wahrscheinlich nicht betroffen',
  'gilt-nicht': 'nicht betroffen',
  unbekannt: 'unbekannt',
};

/** Why: a code the page turns into a sentence and the JSON twin carries as it is. */
export type Grund =
  /** The statement has no threshold and addresses this kind of Gebiet. */
  | 'adressat'
  | 'ueber-schwelle'
  | 'unter-schwelle'
  /** Within grenzbereich_prozent of the threshold: Stichtag and Zensus basis decide. */
  | 'nahe-schwelle'
  /** No population figure, and nothing to say it is small. */
  | 'einwohner-unbekannt'
  /** No population figure, but the table holds every Gemeinde above a size well below the threshold. */
  | 'nicht-erfasst';

export interface Befund {
  geltung: Geltung;
  grund: Grund;
}

/**
 * Whether the addressees named in a statement include the Gebiet. A kreisfreie Stadt is a
 * Gemeinde and a Kreis at once; Ämter count as Kommunen (vocabulary ADRESSATEN).
 */
export function richtetSichAn(adressat: Adressat, g: Gebiet): boolean {
  switch (adressat) {
    case 'Land':
      return g.ebene === 'land';
    case 'Kommunen':
      return g.ebene !== 'land';
    case 'Kreise':
      return g.ebene === 'kreis' || (g.ebene === 'gemeinde' && g.art === 'kreisfrei');
    case 'Gemeinden':
      return g.ebene === 'gemeinde';
  }
}

export interface Einwohnerlage {
  /** The Gebiet's newest population figure, if one is on file. */
  einwohner?: number | undefined;
  /**
   * For Gemeinden: the population table is complete from about this size upward, so a Gemeinde
   * without a row is most likely smaller. Undefined where no such promise holds.
   */
  erfasstAb?: number | undefined;
}

/** Applicability of a statement to a Gebiet it addresses (check richtetSichAn first). */
export function befund(
  aussage: Pick<IntgAussageZeile, 'einwohner_ueber' | 'grenzbereich_prozent'>,
  lage: Einwohnerlage,
): Befund {
  const schwelle = aussage.einwohner_ueber;
  if (schwelle === undefined) return { geltung: 'gilt', grund: 'adressat' };
  const spanne = (schwelle * (aussage.grenzbereich_prozent ?? 0)) / 100;
  const { einwohner, erfasstAb } = lage;
  if (einwohner === undefined) {
    // Only a completeness promise well below the borderline band justifies "most likely not".
    return erfasstAb !== undefined && erfasstAb < schwelle - spanne
      ? { geltung: 'wohl-nicht', grund: 'nicht-erfasst' }
      : { geltung: 'unbekannt', grund: 'einwohner-unbekannt' };
  }
  if (spanne > 0 && Math.abs(einwohner - schwelle) <= spanne) return { geltung: 'grenzfall', grund: 'nahe-schwelle' };
  return einwohner > schwelle
    ? { geltung: 'gilt', grund: 'ueber-schwelle' }
    : { geltung: 'gilt-nicht', grund: 'unter-schwelle' };
}

/** Orders entries with the statements that concern the Gebiet first; keeps the data's order otherwise. */
export function nachGeltung<T extends { geltung: Geltung }>(eintraege: readonly T[]): T[] {
  return [...eintraege].sort((a, b) => GELTUNGEN.indexOf(a.geltung) - GELTUNGEN.indexOf(b.geltung));
}
