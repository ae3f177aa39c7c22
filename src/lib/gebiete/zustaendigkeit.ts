import { datenSchluessel, eltern, type Gebiet, type Register } from './register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { aktuelleBeobachtung } from '../strukturen/beobachtungen.ts';
import type { Strukturtyp } from '../schema/vokabular.ts';

/**
 * The parents that speak for a Gebiet as well: its Amt and Kreis, nearest first. Not the Land,
 * whose bodies cover no Kommune (as in bewerte()), and not a twin of the Gebiet itself – a
 * kreisfreie Stadt's Kreis is the city.
 */
export function zustaendigeEltern(register: Register, g: Gebiet): Gebiet[] {
  return eltern(register, g).filter((e) => e.ebene !== 'land' && datenSchluessel(e) !== datenSchluessel(g));
}

/**
 * Structures of the Amt and Kreis that exist according to their newest observation and so also
 * serve this Gebiet ("auch zuständig für"), nearest first.
 */
export function auchZustaendig(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  register: Register,
  g: Gebiet,
  typ: Strukturtyp,
): { gebiet: Gebiet; zeile: GepruefteZeile<StrukturZeile> }[] {
  const treffer: { gebiet: Gebiet; zeile: GepruefteZeile<StrukturZeile> }[] = [];
  for (const elter of zustaendigeEltern(register, g)) {
    const zeile = aktuelleBeobachtung(zeilen, datenSchluessel(elter), typ);
    if (zeile?.daten.status === 'vorhanden') treffer.push({ gebiet: elter, zeile });
  }
  return treffer;
}
