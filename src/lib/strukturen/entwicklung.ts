import type { Gebiet, Register } from '../gebiete/register.ts';
import { MERKMALE, type Merkmal } from './merkmale.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import { istLandesschluessel, kreisVon } from '../gebiete/schluessel.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { belegtAb } from './stand.ts';
import { aktuelleBeobachtung } from './beobachtungen.ts';
import {
  aenderungstage,
  kategorieVon,
  nurAenderungen,
  zaehleVerlauf,
  type Anzahl,
  type Zaehlkategorie,
  type Zeitpunkt,
} from './zeitverlauf.ts';

/**
 * The time axis starts in 2015: most structures in the data arose with the arrivals of that
 * year, and the fund began in 2016. Older observations still count, as the level at the start.
 */
export const ZEITACHSE_AB = '2015-01-01';

/** What the charts draw; "nein" (refused, dissolved) is only in the tables. */
export const GEZEICHNET: readonly Zaehlkategorie[] = ['vorhanden', 'geplant'];

export interface Reihe {
  /** Every day on which a count can change, for reading off any day. */
  zeitpunkte: Zeitpunkt[];
  /** Only the days on which a drawn count changes: the steps of the chart and the rows of its table. */
  stufen: Zeitpunkt[];
  undatiert: Anzahl;
}

export interface Entwicklung {
  gesamt: Reihe;
  kreise: { kreis: Gebiet; reihe: Reihe }[];
  /** Largest drawn count of any Kreis, so the small multiples share one scale. */
  yMaxKreise: number;
  yMaxGesamt: number;
}

function reihe(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  tage: readonly string[],
  heute: string,
  imGebiet?: (s: string) => boolean,
): Reihe {
  const v = zaehleVerlauf(zeilen, tage, heute, imGebiet);
  return { zeitpunkte: v.zeitpunkte, stufen: nurAenderungen(v.zeitpunkte, GEZEICHNET), undatiert: v.undatiert };
}

const groesster = (r: Reihe) =>
  Math.max(0, ...r.stufen.flatMap((p) => MERKMALE.flatMap((m) => GEZEICHNET.map((k) => p.anzahl[m][k]))));

/** The counts over time for the Land as a whole and for each Kreis (kreisfreie Städte included). */
export function entwicklung(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  gebiete: readonly Gebiet[],
  heute: string,
  von = ZEITACHSE_AB,
): Entwicklung {
  const tage = aenderungstage(zeilen, von, heute);
  const gesamt = reihe(zeilen, tage, heute);
  const kreise = gebiete
    .filter((g) => g.ebene === 'kreis')
    .sort((a, b) => a.schluessel.localeCompare(b.schluessel))
    .map((kreis) => ({ kreis, reihe: reihe(zeilen, tage, heute, (s) => kreisVon(s) === kreis.schluessel) }));
  return {
    gesamt,
    kreise,
    yMaxKreise: Math.max(1, ...kreise.map((k) => groesster(k.reihe))),
    yMaxGesamt: Math.max(1, groesster(gesamt)),
  };
}

export interface GezaehltesGebiet {
  gebiet: Gebiet;
  kategorie: Zaehlkategorie;
  zeile: GepruefteZeile<StrukturZeile>;
  /** False when the observation is undated and so on no day of the timeline. */
  datiert: boolean;
}

/** The Gebiete behind today's count of one Merkmal, each with the observation it rests on. */
export function heuteGezaehlt(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  register: Register,
  merkmal: Merkmal,
  heute: string,
): GezaehltesGebiet[] {
  const schluessel = [
    ...new Set(
      zeilen.filter((z) => z.daten.typ === merkmal && !istLandesschluessel(z.daten.gebiet)).map((z) => z.daten.gebiet),
    ),
  ].sort();
  return schluessel.flatMap((s) => {
    const zeile = aktuelleBeobachtung(zeilen, s, merkmal);
    const kategorie = kategorieVon(zeile?.daten.status);
    const gebiet = register.get(s);
    return zeile && kategorie && gebiet
      ? [{ gebiet, kategorie, zeile, datiert: belegtAb(zeile.daten.stand, heute) !== undefined }]
      : [];
  });
}

export const STUFEN_SPALTEN = ['datum', ...MERKMALE.flatMap((m) => GEZEICHNET.map((k) => `${m}_${k}`))] as const;

/** The chart's numbers, one row per step, as its table and CSV download carry them. */
export function stufenTabelle(stufen: readonly Zeitpunkt[]): Record<string, string | number>[] {
  return stufen.map((p) =>
    Object.fromEntries([
      ['datum', p.tag],
      ...MERKMALE.flatMap((m) => GEZEICHNET.map((k) => [`${m}_${k}`, p.anzahl[m][k]])),
    ]),
  );
}

/**
 * The days the comparison table shows: the day before the first marked event (the InTG), every
 * marked day that has come, and today.
 */
export function stichtage(
  ereignisse: readonly { datum: string; ereignis: string }[],
  heute: string,
): { tag: string; text: string }[] {
  const geordnet = [...ereignisse].sort((a, b) => a.datum.localeCompare(b.datum));
  const erstes = geordnet[0];
  const vortag = (tag: string) => new Date(Date.parse(`${tag}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return [
    ...(erstes ? [{ tag: vortag(erstes.datum), text: `vor „${erstes.ereignis}“` }] : []),
    ...geordnet.filter((e) => e.datum <= heute).map((e) => ({ tag: e.datum, text: e.ereignis })),
    { tag: heute, text: 'heute' },
  ];
}
