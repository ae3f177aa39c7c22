import { FORDERUNGEN, type Beschlusspunkt } from './beschluss.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { ForderungZeile } from '../schema/forderungen.ts';
import { vergleicheStand } from '../strukturen/stand.ts';
import { UMSETZUNGSSTATUS, type Umsetzungsstatus } from '../schema/vokabular.ts';

/** One demand with all its assessments, newest first; the first is the current one. */
export interface ForderungMitVerlauf {
  forderung: Beschlusspunkt;
  /** The newest assessment; undefined while nobody has assessed the demand yet. */
  aktuell: GepruefteZeile<ForderungZeile> | undefined;
  verlauf: GepruefteZeile<ForderungZeile>[];
}

/**
 * Every demand of the resolution, in the order of the text, with its assessments newest first.
 * Two assessments with the same Stand: the one further down the file counts as newer, so a
 * correction can be appended without deleting history.
 */
export function forderungenMitVerlauf(zeilen: readonly GepruefteZeile<ForderungZeile>[]): ForderungMitVerlauf[] {
  return FORDERUNGEN.map((forderung) => {
    const verlauf = zeilen
      .filter((z) => z.daten.forderung === forderung.wert)
      .sort((a, b) => vergleicheStand(b.daten.stand, a.daten.stand) || b.zeile - a.zeile);
    return { forderung, aktuell: verlauf[0], verlauf };
  });
}

/** How many demands currently have each status; `nicht bewertet` counts demands without any row. */
export function zaehleStatus(
  forderungen: readonly ForderungMitVerlauf[],
): Record<Umsetzungsstatus | 'nicht bewertet', number> {
  const anzahl = Object.fromEntries([...UMSETZUNGSSTATUS.map((s) => [s.wert, 0]), ['nicht bewertet', 0]]) as Record<
    Umsetzungsstatus | 'nicht bewertet',
    number
  >;
  for (const f of forderungen) anzahl[f.aktuell?.daten.status ?? 'nicht bewertet']++;
  return anzahl;
}
