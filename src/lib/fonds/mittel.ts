import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { FondsHaushaltZeile } from '../schema/fonds.ts';
import { vergleicheStand } from '../strukturen/stand.ts';
import { FONDSARTEN, werte, type Fondsart } from '../schema/vokabular.ts';

/** One cell of the fund's history: a year and a kind of figure (Ansatz, beschlossen, Ist). */
export interface FondsWert {
  jahr: number;
  art: Fondsart;
  /** The row the figure comes from; undefined when no source names this year and kind. */
  zeile: GepruefteZeile<FondsHaushaltZeile> | undefined;
  /** Undefined is unknown, never 0: no row, or a row whose source gives no amount. */
  betrag: number | undefined;
}

export interface FondsJahr {
  jahr: number;
  /** One per kind, in the order of FONDSARTEN. */
  werte: FondsWert[];
}

export const ARTEN: readonly Fondsart[] = werte(FONDSARTEN);

/**
 * The fund's figures per year and kind, for every year from `von` to `bis`. Where several rows
 * give the same year and kind, the newest Stand wins (on a tie the later line), even without an
 * amount: a newer source can overtake an older plan, as the 2026/27 budget did the 2022 one.
 */
export function mittelJeJahr(
  zeilen: readonly GepruefteZeile<FondsHaushaltZeile>[],
  von: number,
  bis: number,
): FondsJahr[] {
  const jahre: FondsJahr[] = [];
  for (let jahr = von; jahr <= bis; jahr++) {
    jahre.push({
      jahr,
      werte: ARTEN.map((art) => {
        const zeile = zeilen
          .filter((z) => z.daten.jahr === jahr && z.daten.art === art)
          .reduce<GepruefteZeile<FondsHaushaltZeile> | undefined>(
            (beste, z) => (!beste || vergleicheStand(z.daten.stand, beste.daten.stand) >= 0 ? z : beste),
            undefined,
          );
        return { jahr, art, zeile, betrag: zeile?.daten.betrag_eur };
      }),
    });
  }
  return jahre;
}

/** The largest known amount, for the scale; 0 when nothing is known. */
export function groessterBetrag(jahre: readonly FondsJahr[]): number {
  return Math.max(0, ...jahre.flatMap((j) => j.werte.map((w) => w.betrag ?? 0)));
}

export const MITTEL_SPALTEN = [
  'jahr',
  'art',
  'betrag_eur',
  'haushaltsdokument',
  'quelle_titel',
  'quelle_url',
  'stand',
  'anmerkung',
] as const;

/** The chart's numbers, one row per year and kind, as its CSV download carries them. */
export function mittelTabelle(
  jahre: readonly FondsJahr[],
): Record<(typeof MITTEL_SPALTEN)[number], string | number | undefined>[] {
  return jahre.flatMap((j) =>
    j.werte.map((w) => ({
      jahr: w.jahr,
      art: w.art,
      betrag_eur: w.betrag,
      haushaltsdokument: w.zeile?.daten.haushaltsdokument,
      quelle_titel: w.zeile?.daten.quelle_titel,
      quelle_url: w.zeile?.daten.quelle_url,
      stand: w.zeile?.daten.stand,
      anmerkung: w.zeile?.daten.anmerkung,
    })),
  );
}
