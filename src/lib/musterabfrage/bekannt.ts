/**
 * What the prefilled form already knows about a Gebiet: the answers its own current observations
 * imply, the mapping of beobachtungen.ts read backwards, each with the source and Stand it comes
 * from. Only own observations: a structure of the Amt or Kreis is not the Gebiet's answer.
 */
import { datumDeutsch } from '../darstellung/format.ts';
import { datenSchluessel, type Gebiet } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { aktuelleBeobachtung, herkunftVon } from '../strukturen/beobachtungen.ts';
import { ZUORDNUNGEN, type Zuordnung } from './beobachtungen.ts';

export interface BekannteAntwort {
  wert: string;
  /** "bekannt aus: Stadt Greifswald: Hauptsatzung, Stand 03.2024". */
  hinweis: string;
}

function antwortAus(z: Zuordnung, status: string): string | undefined {
  if (status === 'vorhanden') return 'ja';
  if (status === 'nicht vorhanden') return 'nein';
  return status === z.teilweise ? 'teilweise' : undefined;
}

export function bekannteAntworten(
  beobachtungen: readonly GepruefteZeile<StrukturZeile>[],
  g: Gebiet,
): Record<string, BekannteAntwort> {
  const ergebnis: Record<string, BekannteAntwort> = {};
  for (const z of ZUORDNUNGEN) {
    const b = aktuelleBeobachtung(beobachtungen, datenSchluessel(g), z.typ);
    const wert = b && antwortAus(z, b.daten.status ?? '');
    if (!b || !wert) continue;
    const quelle = herkunftVon(b)?.text ?? b.daten.quelle_titel;
    const hinweis = `bekannt aus: ${quelle}, Stand ${datumDeutsch(b.daten.stand)}`;
    ergebnis[z.frage] = { wert, hinweis };
    if (z.seit && b.daten.seit) ergebnis[z.seit] = { wert: b.daten.seit, hinweis };
    const form = z.form && Object.entries(z.form.werte).filter(([, f]) => f === b.daten.form);
    // Only a form with exactly one answer maps back (hauptamtlich could be Vollzeit or Teilzeit).
    if (z.form && form?.length === 1) ergebnis[z.form.frage] = { wert: form[0]![0], hinweis };
  }
  return ergebnis;
}
