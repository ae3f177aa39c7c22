import { EBENEN_NAMEN } from '../gebiete/ebenennamen.ts';

/**
 * What the map shows, as it lives in the query string (?ebene=aemter&merkmal=konzept&auswahl=13075039),
 * so a link or a reload restores the view. Defaults are left out of the URL.
 */
export const KARTEN_EBENEN = ['gemeinden', 'aemter', 'kreise'] as const;
export type KartenEbene = (typeof KARTEN_EBENEN)[number];

/** Heading of a map level, e.g. "Kreise und kreisfreie Städte" (from the one list of level names). */
export const ebenenLabel = (e: KartenEbene): string => EBENEN_NAMEN[e].mehrzahl;
/** The same in the dative plural, as in "3 von 8 Kreisen und kreisfreien Städten". */
export const ebenenDativ = (e: KartenEbene): string => EBENEN_NAMEN[e].dativ;

export interface KartenZustand {
  ebene: KartenEbene;
  /** Id of the indicator shown (a Merkmal or another indicator such as the Integrationsfonds). */
  merkmal: string;
  /** Key of a highlighted Gebiet, if any. */
  auswahl?: string | undefined;
}

export const STANDARD_ZUSTAND: KartenZustand = { ebene: 'gemeinden', merkmal: 'beirat' };

/** The indicators a state may name, with the levels each exists for. */
export type Angebot = readonly { id: string; ebenen: readonly KartenEbene[] }[];

/**
 * Reads the state from a query string. Unknown values fall back to the defaults; a level the
 * indicator does not exist for becomes its first level.
 */
export function leseZustand(suche: string | URLSearchParams, angebot: Angebot): KartenZustand {
  const p = typeof suche === 'string' ? new URLSearchParams(suche) : suche;
  const indikator =
    angebot.find((i) => i.id === p.get('merkmal')) ?? angebot.find((i) => i.id === STANDARD_ZUSTAND.merkmal)!;
  const ebene = p.get('ebene') ?? STANDARD_ZUSTAND.ebene;
  const auswahl = p.get('auswahl');
  return {
    ebene: indikator.ebenen.includes(ebene as KartenEbene)
      ? (ebene as KartenEbene)
      : indikator.ebenen.includes(STANDARD_ZUSTAND.ebene)
        ? STANDARD_ZUSTAND.ebene
        : indikator.ebenen[0]!,
    merkmal: indikator.id,
    ...(auswahl && /^13\d{0,7}$/.test(auswahl) ? { auswahl } : {}),
  };
}

/** The query string for a state, without defaults: "" for the default view. */
export function schreibeZustand(z: KartenZustand): string {
  const p = new URLSearchParams();
  if (z.ebene !== STANDARD_ZUSTAND.ebene) p.set('ebene', z.ebene);
  if (z.merkmal !== STANDARD_ZUSTAND.merkmal) p.set('merkmal', z.merkmal);
  if (z.auswahl) p.set('auswahl', z.auswahl);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}
