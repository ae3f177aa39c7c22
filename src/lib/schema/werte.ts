/**
 * The checks behind the field builders of felder.ts, without Zod and without Node APIs: one raw
 * cell in, the typed value or a message out. felder.ts wraps them for the data tables; the
 * Musterabfrage uses them as they are, in the import and in the browser form, so a value is
 * judged by the same code wherever it is entered.
 */

import { ebeneVon, type Ebene } from '../gebiete/schluessel.ts';

/** Marks an unknown value in a column that allows it. Empty cells in optional columns mean the same. */
export const UNBEKANNT = 'unbekannt';

export type Pruefung<T> = { ok: true; wert: T } | { ok: false; meldung: string; erwartet: string };

export const fehlt = (erwartet: string) => ({ ok: false as const, meldung: 'Pflichtwert fehlt', erwartet });

/** A date of the given form (JJJJ-MM-TT, or JJJJ[-MM[-TT]]) that exists in the calendar. */
export function pruefeDatum(wert: string, form: RegExp, erwartet: string): Pruefung<string> {
  if (!form.test(wert)) {
    const deutsch = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(wert) ? ' (deutsches Format? Bitte JJJJ-MM-TT)' : '';
    return { ok: false, meldung: `Datum im falschen Format${deutsch}`, erwartet };
  }
  const [j, m, t] = wert.split('-').map(Number) as [number, number?, number?];
  if (m !== undefined && (m < 1 || m > 12)) return { ok: false, meldung: 'unmögliches Datum (Monat)', erwartet };
  if (t !== undefined) {
    const tag = new Date(Date.UTC(j, m! - 1, t));
    if (tag.getUTCMonth() !== m! - 1 || t < 1)
      return { ok: false, meldung: 'unmögliches Datum (diesen Tag gibt es nicht)', erwartet };
  }
  if (j < 1900) return { ok: false, meldung: 'unmögliches Datum (Jahr)', erwartet };
  return { ok: true, wert };
}

export const TAG = /^\d{4}-\d{2}-\d{2}$/;
export const TEILDATUM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** One value of a vocabulary, with a hint when only the capitals are wrong. Empty is not handled here. */
export function pruefeVokabular<W extends string>(wert: string, werte: readonly W[]): Pruefung<W> {
  const erwartet = `einen von: ${werte.join(', ')}`;
  if ((werte as readonly string[]).includes(wert)) return { ok: true, wert: wert as W };
  const aehnlich = werte.find((w) => w.toLocaleLowerCase('de') === wert.toLocaleLowerCase('de'));
  const hinweis = aehnlich ? ` (meinten Sie „${aehnlich}“? Groß-/Kleinschreibung beachten)` : '';
  return { ok: false, meldung: `Wert nicht im Vokabular${hinweis}`, erwartet };
}

export const BETRAG_ERWARTET = 'einen Betrag in Euro mit Dezimalpunkt, z. B. 1234.56, oder leer für unbekannt';

/** A non-negative amount in euro with a decimal point and at most two decimals (non-empty). */
export function pruefeBetrag(wert: string, erwartet = BETRAG_ERWARTET): Pruefung<number> {
  if (/^-\s*\d/.test(wert)) return { ok: false, meldung: 'negativer Betrag', erwartet };
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(wert) || /^\d+,\d{1,2}$/.test(wert)) {
    return { ok: false, meldung: 'Betrag im deutschen Format (Tausenderpunkt oder Dezimalkomma)', erwartet };
  }
  if (!/^\d+(\.\d{1,2})?$/.test(wert)) return { ok: false, meldung: 'Betrag ist keine Zahl', erwartet };
  // Exact to the cent only while the cents fit a double's integers; beyond, the page would show a rounded figure.
  const [euro = '', cent = ''] = wert.split('.');
  if (BigInt(euro) * 100n + BigInt(cent.padEnd(2, '0')) > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, meldung: 'Betrag zu groß, er würde gerundet', erwartet: `höchstens ${GROESSTER_BETRAG}` };
  }
  return { ok: true, wert: Number(wert) };
}

/** The largest amount whose cents a number holds exactly (Number.MAX_SAFE_INTEGER cents). */
export const GROESSTER_BETRAG = `${Math.floor(Number.MAX_SAFE_INTEGER / 100)}.${Number.MAX_SAFE_INTEGER % 100}`;

export const ANZAHL_ERWARTET = 'eine ganze Zahl ohne Tausenderpunkt, z. B. 205307';

/** A non-negative whole number (non-empty). */
export function pruefeAnzahl(wert: string, erwartet = ANZAHL_ERWARTET): Pruefung<number> {
  if (/^-/.test(wert)) return { ok: false, meldung: 'negative Zahl', erwartet };
  if (/^\d{1,3}(\.\d{3})+$/.test(wert))
    return { ok: false, meldung: 'Zahl mit Tausenderpunkt (deutsches Format)', erwartet };
  if (!/^\d+$/.test(wert)) return { ok: false, meldung: 'keine ganze Zahl', erwartet };
  if (!Number.isSafeInteger(Number(wert)))
    return { ok: false, meldung: 'Zahl zu groß, sie würde gerundet', erwartet: `höchstens ${Number.MAX_SAFE_INTEGER}` };
  return { ok: true, wert: Number(wert) };
}

/** A non-negative number with a decimal point, e.g. hours per week (non-empty). */
export function pruefeZahl(wert: string, erwartet: string): Pruefung<number> {
  if (/^-/.test(wert)) return { ok: false, meldung: 'negative Zahl', erwartet };
  if (/^\d+,\d+$/.test(wert)) return { ok: false, meldung: 'Zahl mit Dezimalkomma (deutsches Format)', erwartet };
  if (/^\d{1,3}(\.\d{3})+$/.test(wert))
    return { ok: false, meldung: 'Zahl mit Tausenderpunkt (deutsches Format)', erwartet };
  if (!/^\d+(\.\d+)?$/.test(wert)) return { ok: false, meldung: 'keine Zahl', erwartet };
  return { ok: true, wert: Number(wert) };
}

export const URL_ERWARTET = 'eine Webadresse, die mit http:// oder https:// beginnt';

/** A web link; only http and https, so data can never carry script or file links (non-empty). */
export function pruefeUrl(wert: string): Pruefung<string> {
  const erwartet = URL_ERWARTET;
  let geparst: URL;
  try {
    geparst = new URL(wert);
  } catch {
    return { ok: false, meldung: 'keine gültige Webadresse', erwartet };
  }
  if (geparst.protocol !== 'http:' && geparst.protocol !== 'https:') {
    return { ok: false, meldung: `Webadresse mit unerlaubtem Schema „${geparst.protocol}“`, erwartet };
  }
  if (/\s/.test(wert)) return { ok: false, meldung: 'Webadresse enthält Leerzeichen', erwartet };
  return { ok: true, wert };
}

function schluesselFormat(ebene: Ebene): string {
  return { land: 'Land 13', kreis: 'Kreis 5 Ziffern', gemeinde: 'Gemeinde 8 Ziffern (AGS)', amt: 'Amt 9 Ziffern' }[
    ebene
  ];
}

/** The form of a Gebiet key of one of the given Ebenen (non-empty); whether it exists is the register's business. */
export function pruefeSchluesselForm(wert: string, ebenen: readonly Ebene[]): Pruefung<string> {
  const erwartet = schluesselErwartet(ebenen);
  const ebene = ebeneVon(wert);
  if (!ebene || !ebenen.includes(ebene)) {
    const hinweis = /e\+/i.test(wert)
      ? ' (von Excel in Exponentialschreibweise umgewandelt? Spalte als Text formatieren)'
      : '';
    return { ok: false, meldung: `kein gültiger Gebietsschlüssel${hinweis}`, erwartet };
  }
  return { ok: true, wert };
}

export function schluesselErwartet(ebenen: readonly Ebene[]): string {
  return `einen Gebietsschlüssel (${ebenen.map(schluesselFormat).join(', ')})`;
}

/** A day as JJJJ-MM-TT in German local time. */
export function tagInBerlin(zeitpunkt: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(zeitpunkt);
}

/** A Stand must not lie after today; partial dates are compared at their own precision. */
export function liegtInZukunft(wert: string, heute: string): boolean {
  return wert.slice(0, heute.length) > heute.slice(0, wert.length);
}

/**
 * Characters that start a formula in Excel, LibreOffice and Google Sheets when a CSV is opened
 * (OWASP "CSV Injection"). Our CSVs are published byte for byte and the site tells people to open
 * them in a spreadsheet, so a text cell must not start with one, neither raw nor after trimming.
 */
export const FORMEL_ANFAENGE = ['=', '+', '-', '@', '\t', '\r'] as const;
export const FORMEL_ERWARTET =
  'einen Text, der nicht mit =, +, -, @, Tabulator oder Zeilenumbruch beginnt ' +
  '(ein Minus am Anfang als Gedankenstrich „–“ schreiben oder ein Wort davorsetzen)';

/** Whether a text holds a C0 or C1 control character other than tab, LF and CR (a multi-line text may hold those). */
export function hatSteuerzeichen(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/** Whether a cell would be run as a formula by a spreadsheet. */
export function istFormel(roh: string): boolean {
  const anfaenge: readonly string[] = FORMEL_ANFAENGE;
  return anfaenge.includes(roh.charAt(0)) || anfaenge.includes(roh.trim().charAt(0));
}

/** A free-text cell: no control characters, and nothing a spreadsheet would run as a formula. */
export function pruefeTextZelle(roh: string): Pruefung<string> {
  if (hatSteuerzeichen(roh))
    return { ok: false, meldung: 'Steuerzeichen im Text', erwartet: 'einen Text ohne Steuerzeichen' };
  if (istFormel(roh)) {
    const zeichen = roh.trim().charAt(0) || roh.charAt(0);
    return {
      ok: false,
      meldung: `Text beginnt mit „${zeichen}“ und wäre in einer Tabellenkalkulation eine Formel`,
      erwartet: FORMEL_ERWARTET,
    };
  }
  return { ok: true, wert: roh.trim() };
}
