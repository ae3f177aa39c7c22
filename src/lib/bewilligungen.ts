import type { GepruefteZeile } from './pruefen.ts';
import type { FondsBewilligungZeile } from './schema/fonds.ts';

/**
 * Integrationsfonds approvals summed per year. An unknown amount is never counted as 0: a year
 * with one makes its total unknown, and what is known is only a lower bound.
 */
export interface Jahressumme {
  jahr: number;
  /** Number of approvals on file for the year. */
  anzahl: number;
  /** Total of the year; null (unknown) as soon as one amount is unknown. */
  summe_eur: number | null;
  /** Total of the known amounts: the lower bound when summe_eur is unknown. */
  bekannt_eur: number;
  /** How many approvals have no amount. */
  unbekannte_betraege: number;
}

const cent = (n: number) => Math.round(n * 100) / 100;

/** One total per year with approvals on file, oldest first. Years without rows are not "0", they are absent. */
export function jahressummen(zeilen: readonly GepruefteZeile<FondsBewilligungZeile>[]): Jahressumme[] {
  const jahre = new Map<number, Jahressumme>();
  for (const { daten } of zeilen) {
    const j = jahre.get(daten.jahr) ?? { jahr: daten.jahr, anzahl: 0, summe_eur: 0, bekannt_eur: 0, unbekannte_betraege: 0 };
    j.anzahl++;
    if (daten.betrag_eur === undefined) j.unbekannte_betraege++;
    else j.bekannt_eur = cent(j.bekannt_eur + daten.betrag_eur);
    j.summe_eur = j.unbekannte_betraege > 0 ? null : j.bekannt_eur;
    jahre.set(daten.jahr, j);
  }
  return [...jahre.values()].sort((a, b) => a.jahr - b.jahr);
}

/**
 * Euro per inhabitant to a hundredth of a cent, so that small totals do not round to 0; pages
 * round for display. Unknown when the total or the population is.
 */
export function jeEinwohner(summe: number | null, einwohner: number | undefined): number | null {
  if (summe === null || einwohner === undefined || einwohner === 0) return null;
  return Math.round((summe / einwohner) * 10000) / 10000;
}
