import type { Ebene } from '../gebiete/schluessel.ts';
import { EBENEN_NAMEN } from '../gebiete/ebenennamen.ts';
import { PFAD_SEGMENT, seitenPfad } from '../gebiete/adressen.ts';
import { anzeigeName } from '../gebiete/namen.ts';
import type { Gebiet } from '../gebiete/register.ts';
import type { Indikator, IndikatorMitBewertung, KartenBewertung } from './indikatoren.ts';
import { schlagzeilen, type Schlagzeilen } from './schlagzeile.ts';
import type { Muster } from './stil.ts';
import type { Kennzahl } from '../strukturen/kennzahlen.ts';
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
  /**
   * Path of the Gebiet's page relative to the site root, only where it is not the Gebiet's own
   * (`pfadVon`): a twin forwards to its Gemeinde. Saves about 3 KB gzip of the map data.
   */
  p?: string | undefined;
  /** Not offered in the search: the Amt-level or Kreis twin of a Gemeinde, found under the Gemeinde. */
  z?: true | undefined;
}

export interface KartenDaten {
  gebiete: KartenGebiet[];
  indikatoren: Indikator[];
  /** Indicator id → Gebiet key → evaluation, for every Gebiet on the indicator's levels. */
  bewertung: Record<string, Record<string, KartenBewertung>>;
  /** Indicator id → level → counts per category, for the legend. */
  legende: Record<string, Partial<Record<KartenEbene, Record<string, number>>>>;
  /** Indicator id → level → the sentence above the map. */
  schlagzeilen: Schlagzeilen;
}

const eigenerPfad = (e: Exclude<Ebene, 'land'>, s: string) => `${PFAD_SEGMENT[e]}/${s}/`;

/** Path of a Gebiet's page relative to the site root: its own, unless it forwards (twins). */
export const pfadVon = (g: KartenGebiet): string => g.p ?? (g.e === 'land' ? 'land/' : eigenerPfad(g.e, g.s));

/** The unit a Gemeinde belongs to at a map level: itself, its Amt-level unit, or its Kreis. */
export function einheitVon(g: KartenGebiet, ebene: KartenEbene): string {
  return ebene === 'gemeinden' ? g.s : ebene === 'aemter' ? g.a! : g.k!;
}

export function kartenDaten(
  gebiete: readonly Gebiet[],
  indikatoren: readonly IndikatorMitBewertung[],
  kennzahlen: readonly Kennzahl[] = [],
): KartenDaten {
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
      // Relative to the site root: the script prefixes the base path.
      ...(g.ebene !== 'land' && seitenPfad(g, '') !== eigenerPfad(g.ebene, g.schluessel)
        ? { p: seitenPfad(g, '') }
        : {}),
      ...(g.gemeinde ? { z: true as const } : {}),
    }));

  const bewertung: KartenDaten['bewertung'] = {};
  const legende: KartenDaten['legende'] = {};
  for (const { indikator, bewerte } of indikatoren) {
    const je: Record<string, KartenBewertung> = {};
    legende[indikator.id] = {};
    for (const ebene of indikator.ebenen) {
      const anzahl = Object.fromEntries(indikator.kategorien.map((k) => [k.wert, 0]));
      for (const g of gebiete.filter((x) => x.ebene === EBENEN_NAMEN[ebene].ebene)) {
        const b = bewerte(g);
        if (!(b[0] in anzahl))
          throw new Error(`Indikator ${indikator.id}: unbekannte Kategorie ${b[0]} für ${g.schluessel}`);
        je[g.schluessel] = b;
        anzahl[b[0]]!++;
      }
      legende[indikator.id]![ebene] = anzahl;
    }
    bewertung[indikator.id] = je;
  }
  const alle = indikatoren.map((i) => i.indikator);
  return {
    gebiete: kartenGebiete,
    indikatoren: alle,
    bewertung,
    legende,
    schlagzeilen: schlagzeilen({ indikatoren: alle, legende }, kennzahlen),
  };
}

/** Every hatch pattern any indicator uses, once, for the map's <defs>. */
export function alleMuster(indikatoren: readonly Indikator[]): Muster[] {
  const muster = new Map<string, Muster>();
  for (const i of indikatoren) for (const k of i.kategorien) if (k.muster) muster.set(k.muster.id, k.muster);
  return [...muster.values()];
}
