import type { z } from 'zod';
import { feldzahlFehler, leseCsv } from '../csv/lesen.ts';
import type { Fehler } from '../csv/fehler.ts';
import { feldRegister, UNBEKANNT, type FeldMeta } from './felder.ts';
import type { BezugsKontext, Tabelle } from './tabelle.ts';
import { liegtInZukunft } from './werte.ts';
import type { Register } from '../gebiete/register.ts';

export interface PruefKontext {
  /** The register; without it, Gebiet keys are checked for form only. */
  register?: Register;
  /** Today as JJJJ-MM-TT; a Stand after it is an error. */
  heute: string;
}

/** A validated row with the line it came from, so pages and tests can point back to the file. */
export interface GepruefteZeile<T> {
  zeile: number;
  daten: T;
}

export interface PruefErgebnis<T> {
  zeilen: GepruefteZeile<T>[];
  fehler: Fehler[];
}

/**
 * Validates one CSV file against its table definition. Returns every problem, located to line
 * and column, and the rows only when there are none: a table with errors yields nothing.
 */
export function pruefeTabelle<S extends z.ZodObject>(
  tabelle: Tabelle<S>,
  bytes: Uint8Array,
  kontext: PruefKontext,
): PruefErgebnis<z.output<S>> {
  const datei = `data/${tabelle.datei}`;
  const gelesen = leseCsv(datei, bytes);
  if (!gelesen.ok) return { zeilen: [], fehler: gelesen.fehler };
  const { kopf, zeilen } = gelesen.tabelle;

  const spalten = Object.keys(tabelle.schema.shape);
  const fehler: Fehler[] = [];
  kopf.forEach((name, i) => {
    if (!spalten.includes(name)) {
      fehler.push({
        datei,
        zeile: 1,
        spalte: i + 1,
        meldung: 'unbekannte Spalte',
        gefunden: name,
        erwartet: `eine der Spalten ${spalten.join(', ')}`,
      });
    } else if (kopf.indexOf(name) !== i) {
      fehler.push({
        datei,
        zeile: 1,
        spalte: i + 1,
        meldung: 'Spalte doppelt',
        gefunden: name,
        erwartet: 'jede Spalte genau einmal',
      });
    }
  });
  for (const name of spalten) {
    if (!kopf.includes(name)) {
      fehler.push({
        datei,
        zeile: 1,
        spalte: kopf.length + 1,
        meldung: `Spalte „${name}“ fehlt`,
        erwartet: `die Kopfzeile ${spalten.join(',')}`,
      });
    }
  }
  if (fehler.length > 0) return { zeilen: [], fehler };
  // An emptied table is a mistake unless the table says why it may be empty; an empty
  // gebietsaenderungen.csv would silently turn the map back to 2016.
  if (zeilen.length === 0 && !tabelle.leerErlaubt) {
    return {
      zeilen: [],
      fehler: [
        {
          datei,
          zeile: 2,
          spalte: 1,
          meldung: 'Tabelle hat keine Zeilen',
          erwartet: 'mindestens eine Zeile unter der Kopfzeile (leer sein darf nur, was docs/daten.md erlaubt)',
        },
      ],
    };
  }

  const metas = new Map(spalten.map((s) => [s, feldRegister.get(tabelle.schema.shape[s] as z.ZodType)]));
  const ergebnis: GepruefteZeile<z.output<S>>[] = [];
  const gesehen = new Map<string, number>();

  for (const { zeile, felder } of zeilen) {
    const feldzahl = feldzahlFehler(datei, { zeile, felder }, kopf.length);
    if (feldzahl) {
      fehler.push(feldzahl);
      continue;
    }
    const roh: Record<string, string> = Object.fromEntries(kopf.map((name, i) => [name, felder[i]!]));
    const spalteVon = (name: string) => kopf.indexOf(name) + 1;

    const daten: Record<string, unknown> = {};
    let zeileOk = true;
    for (const name of spalten) {
      const r = (tabelle.schema.shape[name] as z.ZodType).safeParse(roh[name]);
      if (!r.success) {
        zeileOk = false;
        for (const issue of r.error.issues) {
          const params = 'params' in issue ? (issue.params as { erwartet?: string } | undefined) : undefined;
          fehler.push({
            datei,
            zeile,
            spalte: spalteVon(name),
            meldung: issue.message,
            gefunden: roh[name],
            erwartet: params?.erwartet,
          });
        }
        continue;
      }
      daten[name] = r.data;
      const meta = metas.get(name);
      const problem = meta && typeof r.data === 'string' ? pruefeGegenKontext(meta, r.data, kontext) : undefined;
      if (problem) {
        fehler.push({ datei, zeile, spalte: spalteVon(name), gefunden: r.data as string, ...problem });
        zeileOk = false;
      }
    }
    if (!zeileOk) continue;

    for (const v of tabelle.zeilenRegeln?.(daten as z.output<S>) ?? []) {
      fehler.push({
        datei,
        zeile,
        spalte: spalteVon(v.spalte),
        meldung: v.meldung,
        gefunden: roh[v.spalte],
        erwartet: v.erwartet,
      });
      zeileOk = false;
    }

    const schluessel = JSON.stringify(tabelle.eindeutig.map((s) => roh[s]!.trim()));
    const erste = gesehen.get(schluessel);
    if (erste !== undefined) {
      fehler.push({
        datei,
        zeile,
        spalte: 1,
        meldung: `doppelte Beobachtung, gleich wie Zeile ${erste} in ${tabelle.eindeutig.join(', ')}`,
        erwartet: 'eine neue Zeile nur für eine neue Beobachtung (anderer Stand oder andere Quelle)',
      });
      zeileOk = false;
    } else {
      gesehen.set(schluessel, zeile);
    }
    if (zeileOk) ergebnis.push({ zeile, daten: daten as z.output<S> });
  }
  return fehler.length > 0 ? { zeilen: [], fehler } : { zeilen: ergebnis, fehler };
}

function pruefeGegenKontext(
  meta: FeldMeta,
  wert: string,
  kontext: PruefKontext,
): { meldung: string; erwartet: string } | undefined {
  if (meta.nichtInZukunft && wert !== UNBEKANNT && liegtInZukunft(wert, kontext.heute)) {
    return { meldung: 'Datum liegt in der Zukunft', erwartet: `ein Datum bis ${kontext.heute}` };
  }
  if (meta.gebiet && kontext.register) return pruefeGebietImRegister(kontext.register, wert);
  return undefined;
}

/**
 * A key must name a Gebiet of the register that keeps its own data (not a kreisfreie Stadt's Kreis, not an amtsfreie
 * Gemeinde's Amt).
 */
export function pruefeGebietImRegister(
  register: Register,
  wert: string,
): { meldung: string; erwartet: string } | undefined {
  const g = register.get(wert);
  if (!g)
    return {
      meldung: 'Gebietsschlüssel nicht im Gebietsregister',
      erwartet: 'den Schlüssel eines heutigen Gebiets in MV (siehe /daten/gebiete.csv)',
    };
  if (g.gemeinde !== undefined && g.gemeinde !== wert) {
    return {
      meldung:
        `${g.name} ist eine ${g.art === 'kreisfrei' ? 'kreisfreie Stadt' : 'amtsfreie Gemeinde'}; ihre Daten ` +
        `stehen unter dem Gemeindeschlüssel`,
      erwartet: g.gemeinde,
    };
  }
  return undefined;
}

/** Runs a table's checks against other tables and locates each finding like every other message. */
export function pruefeBezuege<S extends z.ZodObject>(
  tabelle: Tabelle<S>,
  zeilen: readonly GepruefteZeile<z.output<S>>[],
  kontext: BezugsKontext,
): Fehler[] {
  if (!tabelle.bezuege || zeilen.length === 0) return [];
  const spalten = Object.keys(tabelle.schema.shape);
  return tabelle.bezuege(zeilen, kontext).map((v) => ({
    datei: `data/${tabelle.datei}`,
    zeile: v.zeile,
    spalte: spalten.indexOf(v.spalte) + 1,
    meldung: v.meldung,
    gefunden: v.gefunden,
    erwartet: v.erwartet,
  }));
}
