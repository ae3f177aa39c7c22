import { datenSchluessel, eltern, type Gebiet, type Register } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { aktuelleBeobachtung } from './beobachtungen.ts';
import type { Status, Strukturtyp } from '../schema/vokabular.ts';

/** The structure types the map and the pages summarise per Gebiet. */
export const MERKMALE = ['beirat', 'beauftragte', 'konzept'] as const;
export type Merkmal = (typeof MERKMALE)[number];

/** Summary of one Merkmal for one Gebiet; the legend lists them in this order. */
export const KATEGORIEN = [
  { wert: 'vorhanden', label: 'vorhanden', erklaerung: 'Das Gebiet hat die Struktur selbst (jüngste Quelle).' },
  {
    wert: 'geplant',
    label: 'beschlossen oder geplant',
    erklaerung: 'Beschlossen, beantragt oder angekündigt, aber laut jüngster Quelle noch nicht eingerichtet.',
  },
  {
    wert: 'ueber',
    label: 'über Amt oder Kreis',
    erklaerung: 'Keine eigene Struktur bekannt, aber das Amt oder der Kreis hat eine, die auch hier zuständig ist.',
  },
  {
    wert: 'nein',
    label: 'abgelehnt oder nicht vorhanden',
    erklaerung: 'Laut jüngster Quelle abgelehnt, aufgelöst oder ausdrücklich nicht vorhanden.',
  },
  {
    wert: 'unbekannt',
    label: 'unbekannt',
    erklaerung:
      'Keine Quelle gefunden, oder die Quelle lässt es offen. Das heißt nicht, dass es die Struktur nicht gibt.',
  },
] as const;
export type Kategorie = (typeof KATEGORIEN)[number]['wert'];

export const GEPLANT: readonly Status[] = ['beschlossen', 'in Planung'];
export const NEIN: readonly Status[] = ['abgelehnt', 'aufgelöst', 'nicht vorhanden'];

export interface Bewertung {
  kategorie: Kategorie;
  /** The Gebiet's own current observation, if there is one. */
  eigene?: GepruefteZeile<StrukturZeile> | undefined;
  /** The nearest Amt or Kreis whose structure covers this Gebiet, with its observation. */
  ueber?: { gebiet: Gebiet; zeile: GepruefteZeile<StrukturZeile> } | undefined;
}

/**
 * Own structures come first: an own one (or one being set up) is shown as such. Without one,
 * a structure of the Amt or Kreis covers the Gebiet ("über Amt oder Kreis"), and only then does an
 * own refusal or an unknown show. The Land's bodies cover no Kommune.
 */
export function bewerte(
  zeilen: readonly GepruefteZeile<StrukturZeile>[],
  register: Register,
  g: Gebiet,
  merkmal: Merkmal | Strukturtyp,
): Bewertung {
  const eigene = aktuelleBeobachtung(zeilen, datenSchluessel(g), merkmal);
  const status = eigene?.daten.status;
  if (status === 'vorhanden') return { kategorie: 'vorhanden', eigene };
  if (status && GEPLANT.includes(status)) return { kategorie: 'geplant', eigene };
  for (const elter of eltern(register, g)) {
    if (elter.ebene === 'land') continue;
    const zeile = aktuelleBeobachtung(zeilen, datenSchluessel(elter), merkmal);
    if (zeile?.daten.status === 'vorhanden') return { kategorie: 'ueber', eigene, ueber: { gebiet: elter, zeile } };
  }
  if (status && NEIN.includes(status)) return { kategorie: 'nein', eigene };
  return { kategorie: 'unbekannt', eigene };
}

/** How many Gebiete fall into each category, for legends ("3 von 8 Kreisen"). */
export function zaehle(bewertungen: readonly Bewertung[]): Record<Kategorie, number> {
  const anzahl = Object.fromEntries(KATEGORIEN.map((k) => [k.wert, 0])) as Record<Kategorie, number>;
  for (const b of bewertungen) anzahl[b.kategorie]++;
  return anzahl;
}
