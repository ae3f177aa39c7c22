import { MERKMALE, type Merkmal } from '../merkmale.ts';

/**
 * What the map shows, as it lives in the query string (?ebene=aemter&merkmal=konzept&auswahl=13075039),
 * so a link or a reload restores the view. Defaults are left out of the URL.
 */
export const KARTEN_EBENEN = ['gemeinden', 'aemter', 'kreise'] as const;
export type KartenEbene = (typeof KARTEN_EBENEN)[number];

export const EBENEN_LABEL: Record<KartenEbene, string> = { gemeinden: 'Gemeinden', aemter: 'Ämter und amtsfreie Gemeinden', kreise: 'Kreise' };
/** The same in the dative plural, as in "3 von 8 Kreisen". */
export const EBENEN_DATIV: Record<KartenEbene, string> = { gemeinden: 'Gemeinden', aemter: 'Ämtern und amtsfreien Gemeinden', kreise: 'Kreisen' };

export interface KartenZustand {
  ebene: KartenEbene;
  merkmal: Merkmal;
  /** Key of a highlighted Gebiet, if any. */
  auswahl?: string | undefined;
}

export const STANDARD_ZUSTAND: KartenZustand = { ebene: 'gemeinden', merkmal: 'beirat' };

/** Reads the state from a query string; unknown values fall back to the defaults. */
export function leseZustand(suche: string | URLSearchParams): KartenZustand {
  const p = typeof suche === 'string' ? new URLSearchParams(suche) : suche;
  const ebene = p.get('ebene');
  const merkmal = p.get('merkmal');
  const auswahl = p.get('auswahl');
  return {
    ebene: (KARTEN_EBENEN as readonly string[]).includes(ebene ?? '') ? (ebene as KartenEbene) : STANDARD_ZUSTAND.ebene,
    merkmal: (MERKMALE as readonly string[]).includes(merkmal ?? '') ? (merkmal as Merkmal) : STANDARD_ZUSTAND.merkmal,
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
