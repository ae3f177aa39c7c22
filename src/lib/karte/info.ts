import { datumDeutsch } from '../darstellung/format.ts';
import type { Indikator, IndikatorKategorie } from './indikatoren.ts';
import { einheitVon, type KartenDaten, type KartenGebiet } from './kartendaten.ts';
import type { KartenZustand } from './zustand.ts';

/** Lookups the map script needs on every move, built once from the map data. */
export interface KartenIndex {
  daten: KartenDaten;
  gebiet: ReadonlyMap<string, KartenGebiet>;
  indikator: (id: string) => Indikator;
}

export function kartenIndex(daten: KartenDaten): KartenIndex {
  const gebiet = new Map(daten.gebiete.map((g) => [g.s, g]));
  const indikatoren = new Map(daten.indikatoren.map((i) => [i.id, i]));
  return {
    daten,
    gebiet,
    indikator: (id) => {
      const i = indikatoren.get(id) ?? daten.indikatoren[0];
      if (!i) throw new Error('Kartendaten ohne Indikator');
      return i;
    },
  };
}

/** The unit a Gemeinde shape stands for in a view, with its category; undefined for an unknown key. */
export function einheitIn(
  index: KartenIndex,
  gemeinde: string,
  zustand: KartenZustand,
):
  | {
      einheit: KartenGebiet;
      kategorie: IndikatorKategorie;
      stand: string | null;
      ueber: string | null;
      herkunft: string | undefined;
    }
  | undefined {
  const g = index.gebiet.get(gemeinde);
  const einheit = g && index.gebiet.get(einheitVon(g, zustand.ebene));
  const bewertung = einheit && index.daten.bewertung[zustand.merkmal]?.[einheit.s];
  if (!einheit || !bewertung) return undefined;
  const indikator = index.indikator(zustand.merkmal);
  const kategorie = indikator.kategorien.find((k) => k.wert === bewertung[0]);
  if (!kategorie) return undefined;
  return { einheit, kategorie, stand: bewertung[1], ueber: bewertung[2], herkunft: bewertung[3] };
}

/** Title and lines of the tooltip for a Gemeinde shape in a view. */
export function gebietsInfo(
  index: KartenIndex,
  gemeinde: string,
  zustand: KartenZustand,
): { titel: string; zeilen: string[] } | undefined {
  const e = einheitIn(index, gemeinde, zustand);
  if (!e) return undefined;
  const indikator = index.indikator(zustand.merkmal);
  return {
    titel: e.einheit.n,
    zeilen: [
      `${indikator.label}: ${e.kategorie.label}`,
      ...(e.ueber ? [`über ${index.gebiet.get(e.ueber)?.n ?? e.ueber}`] : []),
      // A Verwaltung's own answer names its day itself ("… vom 12.03.2027").
      e.herkunft ?? `Stand: ${e.stand ? datumDeutsch(e.stand) : 'unbekannt'}`,
    ],
  };
}

/** The same as one sentence for the live region, with the punctuation a screen reader pauses on. */
export const ansageText = (info: { titel: string; zeilen: readonly string[] }): string =>
  `${[info.titel, ...info.zeilen].join('. ')}.`;
