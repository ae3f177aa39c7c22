import { GEPLANT, MERKMALE, NEIN, type Merkmal } from './merkmale.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import { LANDESSCHLUESSEL } from '../gebiete/schluessel.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { belegtAb } from './stand.ts';
import { aktuelleBeobachtung } from './beobachtungen.ts';
import type { Status } from '../schema/vokabular.ts';

/**
 * How a Gebiet's own structure counts. Unlike the map there is no "über Amt oder Kreis": a
 * Gemeinde covered by its Kreis's Beirat does not have one of its own.
 */
export const ZAEHLKATEGORIEN = ['vorhanden', 'geplant', 'nein'] as const;
export type Zaehlkategorie = (typeof ZAEHLKATEGORIEN)[number];

export type Anzahl = Record<Merkmal, Record<Zaehlkategorie, number>>;

export interface Zeitpunkt {
  /** JJJJ-MM-TT; the counts hold from this day until the next Zeitpunkt. */
  tag: string;
  anzahl: Anzahl;
}

export interface Verlauf {
  zeitpunkte: Zeitpunkt[];
  /**
   * Gebiete whose newest observation is undated: they count today on the map but on no day of
   * the timeline, so timeline today + undatiert = what the map shows as the Gebiet's own status.
   */
  undatiert: Anzahl;
}

export function kategorieVon(status: Status | undefined): Zaehlkategorie | undefined {
  if (status === 'vorhanden') return 'vorhanden';
  if (status && GEPLANT.includes(status)) return 'geplant';
  if (status && NEIN.includes(status)) return 'nein';
  return undefined;
}

/**
 * A Gebiet's own observation as it stood on a day: the newest one documented by then (see
 * `belegtAb`), by the same rule as the current status. Undated observations are on no day.
 */
export function beobachtungAm(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  gebiet: string,
  merkmal: Merkmal,
  tag: string,
  heute: string,
): GepruefteZeile<StrukturZeile> | undefined {
  return aktuelleBeobachtung(dokumentiertBis(zeilen, tag, heute), gebiet, merkmal);
}

function dokumentiertBis(zeilen: readonly GepruefteZeile<StrukturZeile>[], tag: string, heute: string) {
  return zeilen.filter((z) => {
    const ab = belegtAb(z.daten.stand, heute);
    return ab !== undefined && ab <= tag;
  });
}

/** The days on which a count can change: `von`, every day an observation becomes documented after it, and today. */
export function aenderungstage(zeilen: readonly GepruefteZeile<StrukturZeile>[], von: string, heute: string): string[] {
  const tage = new Set([von, heute]);
  for (const z of zeilen) {
    const ab = belegtAb(z.daten.stand, heute);
    if (ab !== undefined && ab > von) tage.add(ab);
  }
  return [...tage].sort();
}

const leer = (): Anzahl =>
  Object.fromEntries(MERKMALE.map((m) => [m, { vorhanden: 0, geplant: 0, nein: 0 }])) as Anzahl;

/**
 * How many Gebiete had each Merkmal on each of the given days. Counted are the Kommunen with at
 * least one observation (kept under their data key, so a kreisfreie Stadt counts once) for which
 * `imGebiet` holds; the Land's own bodies are no Kommune's.
 */
export function zaehleVerlauf(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  tage: readonly string[],
  heute: string,
  imGebiet: (schluessel: string) => boolean = () => true,
): Verlauf {
  const relevant = zeilen.filter(
    (z) =>
      z.daten.gebiet !== LANDESSCHLUESSEL &&
      imGebiet(z.daten.gebiet) &&
      (MERKMALE as readonly (string | undefined)[]).includes(z.daten.typ),
  );
  const gebiete = [...new Set(relevant.map((z) => z.daten.gebiet))];

  const zeitpunkte = tage.map((tag) => {
    const anzahl = leer();
    const bisDahin = dokumentiertBis(relevant, tag, heute);
    for (const gebiet of gebiete) {
      for (const merkmal of MERKMALE) {
        const k = kategorieVon(aktuelleBeobachtung(bisDahin, gebiet, merkmal)?.daten.status);
        if (k) anzahl[merkmal][k]++;
      }
    }
    return { tag, anzahl };
  });

  const undatiert = leer();
  for (const gebiet of gebiete) {
    for (const merkmal of MERKMALE) {
      const jetzt = aktuelleBeobachtung(relevant, gebiet, merkmal);
      const k = kategorieVon(jetzt?.daten.status);
      if (jetzt && k && belegtAb(jetzt.daten.stand, heute) === undefined) undatiert[merkmal][k]++;
    }
  }
  return { zeitpunkte, undatiert };
}

/**
 * Only the days on which a count of the given categories changes, plus the first and the last: the steps a chart draws.
 */
export function nurAenderungen(
  zeitpunkte: readonly Zeitpunkt[],
  kategorien: readonly Zaehlkategorie[] = ZAEHLKATEGORIEN,
): Zeitpunkt[] {
  const gleich = (a: Anzahl, b: Anzahl) => MERKMALE.every((m) => kategorien.every((k) => a[m][k] === b[m][k]));
  return zeitpunkte.filter(
    (p, i) => i === 0 || i === zeitpunkte.length - 1 || !gleich(p.anzahl, zeitpunkte[i - 1]!.anzahl),
  );
}

/** The counts that hold on a day, read off the steps; undefined before the first Zeitpunkt. */
export function anzahlAm(zeitpunkte: readonly Zeitpunkt[], tag: string): Anzahl | undefined {
  let gilt: Anzahl | undefined;
  for (const p of zeitpunkte) if (p.tag <= tag) gilt = p.anzahl;
  return gilt;
}
