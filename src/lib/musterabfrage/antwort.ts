/**
 * One answer to one question: is it valid for the question's type, and in which form is it
 * stored? Shared by the table check (`npm run check`), the import and the browser form, so an
 * answer is judged by the same code everywhere. No Zod, no Node APIs.
 */
import type { Gebietsart } from '../gebiete/register.ts';
import type { Ebene } from '../gebiete/schluessel.ts';
import {
  liegtInZukunft,
  pruefeBetrag,
  pruefeDatum,
  pruefeTextZelle,
  pruefeVokabular,
  pruefeZahl,
  TEILDATUM,
  UNBEKANNT,
  type Pruefung,
} from '../schema/werte.ts';
import { label } from '../schema/vokabular.ts';
import { ABFRAGE_EBENEN, JA_NEIN, type AbfrageEbene, type Antworttyp } from './vokabular.ts';

/** What the check needs to know about a question. */
export interface FrageRegel {
  id: string;
  antworttyp: Antworttyp;
  /** The choices of an `auswahl` question; empty for other types. */
  optionen: readonly string[];
  /** The levels the question is put to. */
  ebenen: readonly AbfrageEbene[];
}

export const TEXT_HOECHSTENS = 2000;

/** The values a closed question takes, "unbekannt" included; undefined for open types. */
export function erlaubteWerte(frage: FrageRegel): readonly string[] | undefined {
  if (frage.antworttyp === 'ja-nein') return JA_NEIN.map((b) => b.wert);
  if (frage.antworttyp === 'auswahl') return [...frage.optionen, UNBEKANNT];
  return undefined;
}

/** What a valid answer looks like, for messages and form hints. */
export function erwartetFuer(frage: FrageRegel): string {
  const werte = erlaubteWerte(frage);
  if (werte) return `einen von: ${werte.join(', ')}`;
  switch (frage.antworttyp) {
    case 'zahl':
      return 'eine Zahl ohne Tausenderpunkt, mit Dezimalpunkt (z. B. 19.5), oder unbekannt';
    case 'betrag':
      return 'einen Betrag in Euro mit Dezimalpunkt (z. B. 1234.56), oder unbekannt';
    case 'datum':
      return 'ein Datum JJJJ, JJJJ-MM oder JJJJ-MM-TT, oder unbekannt';
    default:
      return `einen Text mit höchstens ${TEXT_HOECHSTENS} Zeichen`;
  }
}

/**
 * Checks one non-empty answer (already trimmed) and returns it in stored form. "unbekannt" is a
 * valid answer to every question. A date answer must not lie after the answer's own Stand.
 */
export function pruefeAntwort(frage: FrageRegel, wert: string, stand?: string): Pruefung<string> {
  const erwartet = erwartetFuer(frage);
  const werte = erlaubteWerte(frage);
  if (werte) {
    const r = pruefeVokabular(wert, werte);
    return r.ok ? r : { ...r, erwartet };
  }
  if (wert === UNBEKANNT) return { ok: true, wert };
  switch (frage.antworttyp) {
    case 'zahl': {
      const r = pruefeZahl(wert, erwartet);
      return r.ok ? { ok: true, wert } : r;
    }
    case 'betrag': {
      const r = pruefeBetrag(wert, erwartet);
      return r.ok ? { ok: true, wert } : r;
    }
    case 'datum': {
      const r = pruefeDatum(wert, TEILDATUM, erwartet);
      if (r.ok && stand !== undefined && liegtInZukunft(wert, stand)) {
        return { ok: false, meldung: 'Datum liegt nach dem Stand der Antwort', erwartet: `ein Datum bis ${stand}` };
      }
      return r;
    }
    default:
      if (wert.length > TEXT_HOECHSTENS)
        return { ok: false, meldung: `Text zu lang (${wert.length} Zeichen)`, erwartet };
      return pruefeTextZelle(wert);
  }
}

/**
 * The level on which a Gebiet answers, or undefined for the Land and for the twins that carry no
 * data of their own (a kreisfreie Stadt's Kreis, an amtsfreie Gemeinde's Amt-level unit): a
 * kreisfreie Stadt answers as a Kreis under its Gemeindeschlüssel, an amtsfreie Gemeinde as a
 * Gemeinde.
 */
export function abfrageEbene(g: {
  ebene: Ebene;
  art: Gebietsart;
  gemeinde?: string | undefined;
}): AbfrageEbene | undefined {
  if (g.gemeinde !== undefined) return undefined;
  if (g.ebene === 'gemeinde') return g.art === 'kreisfrei' ? 'kreis' : 'gemeinde';
  if (g.ebene === 'land') return undefined;
  return g.ebene;
}

/** The message for an answer to a question not put to the Gebiet's level. */
export function giltNichtFuer(frage: FrageRegel, ebene: AbfrageEbene): string {
  return `Frage „${frage.id}“ gilt nicht für ${label(ABFRAGE_EBENEN, ebene)}`;
}

/** Whether a question is put to a level. */
export function giltFuer(frage: FrageRegel, ebene: AbfrageEbene): boolean {
  return frage.ebenen.includes(ebene);
}
