import { einwohnerVon } from '../gebiete/einwohner.ts';
import type { Gebiet } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import { kreisVon } from '../gebiete/schluessel.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { FondsBewilligungZeile } from '../schema/fonds.ts';
import type { Bewilligungsart } from '../schema/vokabular.ts';

/** How many rows of each kind: an allocation passed on is never counted as a project approval. */
export type AnzahlNachArt = Record<Bewilligungsart, number>;

export function anzahlNachArt(zeilen: readonly { daten: { art?: Bewilligungsart | undefined } }[]): AnzahlNachArt {
  const anzahl: AnzahlNachArt = { bewilligung: 0, zuweisung: 0 };
  // The validator requires art in every row; a missing one would be a schema bug, not an approval.
  for (const z of zeilen) if (z.daten.art) anzahl[z.daten.art]++;
  return anzahl;
}

/** "2 Bewilligungen, 1 Zuweisung": the counts in words, kinds without rows left out. */
export function anzahlText(anzahl: AnzahlNachArt): string {
  const teile: string[] = [];
  if (anzahl.bewilligung > 0)
    teile.push(`${anzahl.bewilligung} ${anzahl.bewilligung === 1 ? 'Bewilligung' : 'Bewilligungen'}`);
  if (anzahl.zuweisung > 0) teile.push(`${anzahl.zuweisung} ${anzahl.zuweisung === 1 ? 'Zuweisung' : 'Zuweisungen'}`);
  return teile.join(', ') || 'keine';
}

/** The approvals known for one Kreis (or kreisfreie Stadt) in one year. */
export interface KreisJahr {
  /** Kreisschlüssel. */
  kreis: string;
  jahr: number;
  zeilen: GepruefteZeile<FondsBewilligungZeile>[];
  /** Sum of the known amounts; undefined when no row has one (unknown, never 0). */
  summe: number | undefined;
  /** Rows without an amount: where there are any, the sum is only a lower bound. */
  ohneBetrag: number;
  /** Approvals and allocations among the rows. */
  arten: AnzahlNachArt;
}

/**
 * Sums euro amounts in whole cents, so that sums of sums equal the sum of the rows exactly.
 * Unknown amounts are left out; if every amount is unknown, so is the sum.
 */
export function summe(betraege: readonly (number | undefined)[]): number | undefined {
  const bekannt = betraege.filter((b): b is number => b !== undefined);
  if (bekannt.length === 0) return undefined;
  return bekannt.reduce((s, b) => s + Math.round(b * 100), 0) / 100;
}

/** Approvals grouped by the Kreis of their Erstempfänger and by year, sorted by Kreis and year. */
export function bewilligungenJeKreis(zeilen: readonly GepruefteZeile<FondsBewilligungZeile>[]): KreisJahr[] {
  const gruppen = new Map<string, GepruefteZeile<FondsBewilligungZeile>[]>();
  for (const z of zeilen) {
    const schluessel = `${kreisVon(z.daten.gebiet)}|${z.daten.jahr}`;
    gruppen.set(schluessel, [...(gruppen.get(schluessel) ?? []), z]);
  }
  return [...gruppen.entries()]
    .map(([schluessel, gruppe]) => {
      const [kreis, jahr] = schluessel.split('|') as [string, string];
      return {
        kreis,
        jahr: Number(jahr),
        zeilen: gruppe,
        summe: summe(gruppe.map((z) => z.daten.betrag_eur)),
        ohneBetrag: gruppe.filter((z) => z.daten.betrag_eur === undefined).length,
        arten: anzahlNachArt(gruppe),
      };
    })
    .sort((a, b) => a.kreis.localeCompare(b.kreis) || a.jahr - b.jahr);
}

/** The approvals of one year within one Gebiet (Gebiet pages). */
export interface Jahressumme {
  jahr: number;
  /** Number of rows on file for the year, approvals and allocations together. */
  anzahl: number;
  /** Of these, project approvals and allocations passed on by a Kommune. */
  bewilligungen: number;
  zuweisungen: number;
  /** Total of the year; null (unknown) as soon as one amount is unknown, never counted as 0. */
  summe_eur: number | null;
  /** Total of the known amounts, the lower bound when summe_eur is unknown; null when none is known. */
  bekannt_eur: number | null;
  /** How many approvals have no amount. */
  unbekannte_betraege: number;
}

/** One total per year with approvals on file, oldest first. Years without rows are absent, not 0. */
export function jahressummen(zeilen: readonly GepruefteZeile<FondsBewilligungZeile>[]): Jahressumme[] {
  const jahre = [...new Set(zeilen.map((z) => z.daten.jahr))].sort((a, b) => a - b);
  return jahre.map((jahr) => {
    const imJahr = zeilen.filter((z) => z.daten.jahr === jahr);
    const betraege = imJahr.map((z) => z.daten.betrag_eur);
    const bekannt = summe(betraege) ?? null;
    const unbekannte = betraege.filter((b) => b === undefined).length;
    const arten = anzahlNachArt(imJahr);
    return {
      jahr,
      anzahl: betraege.length,
      bewilligungen: arten.bewilligung,
      zuweisungen: arten.zuweisung,
      summe_eur: unbekannte === 0 ? bekannt : null,
      bekannt_eur: bekannt,
      unbekannte_betraege: unbekannte,
    };
  });
}

/** Euro per inhabitant; unknown when either side is. */
export function jeEinwohner(betrag: number | undefined, einwohner: number | undefined): number | undefined {
  return betrag === undefined || einwohner === undefined || einwohner === 0 ? undefined : betrag / einwohner;
}

export interface KreisZeile {
  kreis: Gebiet;
  jahr: number;
  /** Undefined when no approval of this Kreis in this year is known. */
  bewilligungen: KreisJahr | undefined;
  einwohner: EinwohnerZeile | undefined;
  jeEinwohner: number | undefined;
}

/**
 * Every Kreis for every year in which any approval is known, so that a Kreis without data shows
 * as "unbekannt" beside those with data instead of disappearing.
 */
export function bewilligungsUebersicht(
  zeilen: readonly GepruefteZeile<FondsBewilligungZeile>[],
  kreise: readonly Gebiet[],
  einwohnerZeilen: readonly GepruefteZeile<EinwohnerZeile>[],
): KreisZeile[] {
  const gruppen = bewilligungenJeKreis(zeilen);
  const jahre = [...new Set(gruppen.map((g) => g.jahr))].sort();
  return jahre.flatMap((jahr) =>
    kreise.map((kreis) => {
      const bewilligungen = gruppen.find((g) => g.kreis === kreis.schluessel && g.jahr === jahr);
      const einwohner = einwohnerVon(einwohnerZeilen, kreis);
      return {
        kreis,
        jahr,
        bewilligungen,
        einwohner,
        jeEinwohner: jeEinwohner(bewilligungen?.summe, einwohner?.einwohner),
      };
    }),
  );
}
