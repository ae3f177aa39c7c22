import type { Ebene } from '../schluessel.ts';
import type { Gebiet, Register } from '../gebiete.ts';
import { bewerte, KATEGORIEN, MERKMALE, zaehle, type Bewertung, type Kategorie, type Merkmal } from '../merkmale.ts';
import type { GepruefteZeile } from '../pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import type { KartenEbene } from './zustand.ts';

/** One Gebiet as the map, the search and the tooltips need it. Short keys: this goes over the wire. */
export interface KartenGebiet {
  /** Official key. */
  s: string;
  /** Name as shown, e.g. "Amt Landhagen", "Landkreis Rostock", "Greifswald". */
  n: string;
  e: Ebene;
  /** Kreisschlüssel (Gemeinden, Ämter), to tell namesakes apart. */
  k?: string | undefined;
  /** Key of the Amt-level unit the Gemeinde belongs to (its Amt, or its own amtsfrei unit). */
  a?: string | undefined;
  /** Path of the Gebiet's page, relative to the site root. */
  p: string;
  /** Not offered in the search: the Amt-level or Kreis twin of a Gemeinde, found under the Gemeinde. */
  z?: true | undefined;
}

/** [category, Stand of the observation behind it (or null), key of the covering Amt/Kreis (or null)]. */
export type KartenBewertung = [Kategorie, string | null, string | null];

export interface KartenDaten {
  gebiete: KartenGebiet[];
  bewertung: Record<Merkmal, Record<string, KartenBewertung>>;
  /** Counts per category for every view, for the legend. */
  legende: Record<KartenEbene, Record<Merkmal, Record<Kategorie, number>>>;
}

const EBENE_DER_KARTE: Record<KartenEbene, Ebene> = { gemeinden: 'gemeinde', aemter: 'amt', kreise: 'kreis' };

/** The name a reader expects: Ämter and Landkreise with their designation, Gemeinden and Städte plain. */
export function anzeigeName(g: Gebiet): string {
  if (g.ebene === 'amt' && g.art === 'amt') return `Amt ${g.name}`;
  if (g.ebene === 'kreis' && g.art === 'landkreis') return `Landkreis ${g.name}`;
  return g.name;
}

/** Where a Gebiet's page is. Twins (kreisfreie Stadt as Kreis, amtsfreie Gemeinde as Amt) lead to the Gemeinde. */
export function seitenPfad(g: Gebiet): string {
  if (g.ebene === 'land') return 'land/';
  if (g.ebene === 'amt' && g.gemeinde) return `gemeinde/${g.gemeinde}/`;
  return `${g.ebene}/${g.schluessel}/`;
}

/** The unit a Gemeinde belongs to at a map level: itself, its Amt-level unit, or its Kreis. */
export function einheitVon(g: KartenGebiet, ebene: KartenEbene): string {
  return ebene === 'gemeinden' ? g.s : ebene === 'aemter' ? g.a! : g.k!;
}

export function kartenDaten(gebiete: readonly Gebiet[], register: Register, zeilen: readonly GepruefteZeile<StrukturZeile>[]): KartenDaten {
  const amtsebeneVon = new Map<string, string>();
  for (const g of gebiete) if (g.ebene === 'amt' && g.gemeinde) amtsebeneVon.set(g.gemeinde, g.schluessel);

  const kartenGebiete: KartenGebiet[] = gebiete
    .filter((g) => g.ebene !== 'land')
    .map((g) => ({
      s: g.schluessel,
      n: anzeigeName(g),
      e: g.ebene,
      ...(g.kreis ? { k: g.kreis } : {}),
      ...(g.ebene === 'gemeinde' ? { a: g.amt ?? amtsebeneVon.get(g.schluessel) } : {}),
      p: seitenPfad(g),
      ...(g.gemeinde ? { z: true as const } : {}),
    }));

  const bewertung = {} as KartenDaten['bewertung'];
  const legende = { gemeinden: {}, aemter: {}, kreise: {} } as KartenDaten['legende'];
  for (const merkmal of MERKMALE) {
    const je: Record<string, KartenBewertung> = {};
    const nachEbene: Record<Ebene, Bewertung[]> = { land: [], kreis: [], amt: [], gemeinde: [] };
    for (const g of gebiete) {
      if (g.ebene === 'land') continue;
      const b = bewerte(zeilen, register, g, merkmal);
      je[g.schluessel] = [b.kategorie, (b.ueber?.zeile ?? b.eigene)?.daten.stand ?? null, b.ueber?.gebiet.schluessel ?? null];
      nachEbene[g.ebene].push(b);
    }
    bewertung[merkmal] = je;
    for (const [karte, ebene] of Object.entries(EBENE_DER_KARTE) as [KartenEbene, Ebene][]) legende[karte][merkmal] = zaehle(nachEbene[ebene]);
  }
  return { gebiete: kartenGebiete, bewertung, legende };
}

/** Legend entries in display order with counts, e.g. for "3 von 8 Kreisen". */
export function legendenEintraege(anzahl: Record<Kategorie, number>) {
  return KATEGORIEN.map((k) => ({ ...k, anzahl: anzahl[k.wert] }));
}
