import type { Gebiet, Register } from '../gebiete/register.ts';
import { herkunftVon } from '../strukturen/beobachtungen.ts';
import { bewerte, KATEGORIEN, MERKMALE } from '../strukturen/merkmale.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { label, STRUKTURTYPEN } from '../schema/vokabular.ts';
import { STIL, type Muster } from './stil.ts';
import type { KartenEbene } from './zustand.ts';

/**
 * What the map can show. Each indicator names its categories (with how they are drawn) and the
 * levels it exists for, and brings a function that places one Gebiet in a category. The three
 * structure indicators come from data/strukturen.csv; others (the Integrationsfonds, answers to
 * the Musterabfrage) plug in the same way.
 */
export interface IndikatorKategorie {
  wert: string;
  label: string;
  erklaerung: string;
  /** SVG fill: a colour, or url(#id) of a pattern in `muster`. */
  fuellung: string;
  muster?: Muster | undefined;
}

export interface Indikator {
  /** Value of `merkmal` in the URL. */
  id: string;
  label: string;
  ebenen: readonly KartenEbene[];
  kategorien: readonly IndikatorKategorie[];
  /** One sentence under the legend: what counts, where the numbers come from. */
  hinweis: string;
  /** The years the values cover, where that is not simply "now", e.g. "2019 und 2023". */
  zeitraum?: string | undefined;
}

/**
 * [category, Stand of the fact behind it (or null), key of a covering Amt/Kreis (or null), and,
 * only when the fact is no row of a table but e.g. a Verwaltung's own answer, its origin in words].
 */
export type KartenBewertung = [string, string | null, string | null] | [string, string | null, string | null, string];

export interface IndikatorMitBewertung {
  indikator: Indikator;
  bewerte: (g: Gebiet) => KartenBewertung;
}

export const STRUKTUR_KATEGORIEN: readonly IndikatorKategorie[] = KATEGORIEN.map((k) => ({ ...k, ...STIL[k.wert] }));

/** Beirat, Beauftragte/r, Integrationskonzept: on every level, with inheritance from Amt and Kreis. */
export function strukturIndikatoren(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  register: Register,
): IndikatorMitBewertung[] {
  return MERKMALE.map((merkmal) => ({
    indikator: {
      id: merkmal,
      label: label(STRUKTURTYPEN, merkmal),
      ebenen: ['gemeinden', 'aemter', 'kreise'],
      kategorien: STRUKTUR_KATEGORIEN,
      hinweis: 'Jüngste Quelle je Gebiet; „über Amt oder Kreis“ nur, wenn keine eigene Struktur bekannt ist.',
    },
    bewerte: (g) => {
      const b = bewerte(zeilen, register, g, merkmal);
      const fakt = b.ueber?.zeile ?? b.eigene;
      const herkunft = fakt && herkunftVon(fakt);
      const bewertung: KartenBewertung = [b.kategorie, fakt?.daten.stand ?? null, b.ueber?.gebiet.schluessel ?? null];
      return herkunft ? [...bewertung, herkunft.text] : bewertung;
    },
  }));
}
