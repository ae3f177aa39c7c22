import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { vergleicheStand } from './stand.ts';
import type { Strukturtyp } from '../schema/vokabular.ts';

/**
 * The current observation of one structure type in one Gebiet: the row with the newest Stand.
 * When two rows share a Stand, the one further down the file wins, so a correction can be
 * appended without deleting history. Undefined when nothing is known (shown as "unbekannt").
 */
export function aktuelleBeobachtung(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  gebiet: string,
  typ: Strukturtyp,
): GepruefteZeile<StrukturZeile> | undefined {
  let beste: GepruefteZeile<StrukturZeile> | undefined;
  for (const z of zeilen) {
    if (z.daten.gebiet !== gebiet || z.daten.typ !== typ) continue;
    if (!beste || vergleicheStand(z.daten.stand, beste.daten.stand) >= 0) beste = z;
  }
  return beste;
}

/** All observations of one Gebiet, newest first: the history a Gebiet page shows. */
export function verlauf(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  gebiet: string,
): GepruefteZeile<StrukturZeile>[] {
  return zeilen
    .filter((z) => z.daten.gebiet === gebiet)
    .sort((a, b) => vergleicheStand(b.daten.stand, a.daten.stand) || b.zeile - a.zeile);
}

/**
 * Where an observation comes from when it is not a row of data/strukturen.csv: a Verwaltung's own
 * answer to the Musterabfrage. `datei` and `zeile` point to that answer.
 */
export interface Herkunft {
  art: 'selbstauskunft';
  /** As the site shows it: "Selbstauskunft der Verwaltung vom 12.03.2027". */
  text: string;
  datei: string;
  zeile: number;
}

/** An observation with its origin; rows of data/strukturen.csv have none. */
export interface Beobachtung extends GepruefteZeile<StrukturZeile> {
  herkunft?: Herkunft | undefined;
}

/** The origin of an observation, if it is not a row of data/strukturen.csv. */
export function herkunftVon(z: GepruefteZeile<StrukturZeile>): Herkunft | undefined {
  return 'herkunft' in z ? (z as Beobachtung).herkunft : undefined;
}
