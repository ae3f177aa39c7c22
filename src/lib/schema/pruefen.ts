import type { z } from 'zod';
import { type CsvZeile, feldzahlFehler, leseCsv } from '../csv/lesen.ts';
import type { Fehler } from '../csv/fehler.ts';
import { type FeldMeta, type FeldPruefung, feldPruefung, feldRegister, UNBEKANNT } from './felder.ts';
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
  const kopfFehler = pruefeKopf(datei, kopf, spalten);
  if (kopfFehler.length > 0) return { zeilen: [], fehler: kopfFehler };
  // An emptied table is a mistake unless the table says why it may be empty; an empty
  // gebietsaenderungen.csv would silently turn the map back to 2016.
  if (zeilen.length === 0 && !tabelle.leerErlaubt) {
    const erwartet = 'mindestens eine Zeile unter der Kopfzeile (leer sein darf nur, was docs/daten.md erlaubt)';
    return { zeilen: [], fehler: [{ datei, zeile: 2, spalte: 1, meldung: 'Tabelle hat keine Zeilen', erwartet }] };
  }

  const pruefeZeile = zeilenPruefer(tabelle, datei, kopf, kontext);
  const fehler: Fehler[] = [];
  const ergebnis: GepruefteZeile<z.output<S>>[] = [];
  const gesehen = new Map<string, number>();
  const spalteVon = (name: string) => kopf.indexOf(name) + 1;
  for (const csvZeile of zeilen) {
    const { zeile, felder } = csvZeile;
    const feldzahl = feldzahlFehler(datei, csvZeile, kopf.length);
    if (feldzahl) {
      fehler.push(feldzahl);
      continue;
    }
    const geprueft = pruefeZeile(csvZeile);
    fehler.push(...geprueft.fehler);
    if (!geprueft.daten) continue;
    const schluessel = JSON.stringify(tabelle.eindeutig.map((s) => felder[spalteVon(s) - 1]!.trim()));
    const erste = gesehen.get(schluessel);
    if (erste === undefined) {
      gesehen.set(schluessel, zeile);
      if (geprueft.fehler.length === 0) ergebnis.push({ zeile, daten: geprueft.daten });
      continue;
    }
    fehler.push({
      datei,
      zeile,
      spalte: 1,
      meldung: `doppelte Beobachtung, gleich wie Zeile ${erste} in ${tabelle.eindeutig.join(', ')}`,
      erwartet: 'eine neue Zeile nur für eine neue Beobachtung (anderer Stand oder andere Quelle)',
    });
  }
  return fehler.length > 0 ? { zeilen: [], fehler } : { zeilen: ergebnis, fehler };
}

/** Unknown, doubled and missing columns of the header row. */
function pruefeKopf(datei: string, kopf: readonly string[], spalten: readonly string[]): Fehler[] {
  const fehler: Fehler[] = [];
  kopf.forEach((name, i) => {
    if (!spalten.includes(name)) {
      const erwartet = `eine der Spalten ${spalten.join(', ')}`;
      fehler.push({ datei, zeile: 1, spalte: i + 1, meldung: 'unbekannte Spalte', gefunden: name, erwartet });
    } else if (kopf.indexOf(name) !== i) {
      const erwartet = 'jede Spalte genau einmal';
      fehler.push({ datei, zeile: 1, spalte: i + 1, meldung: 'Spalte doppelt', gefunden: name, erwartet });
    }
  });
  for (const name of spalten.filter((s) => !kopf.includes(s))) {
    const erwartet = `die Kopfzeile ${spalten.join(',')}`;
    fehler.push({ datei, zeile: 1, spalte: kopf.length + 1, meldung: `Spalte „${name}“ fehlt`, erwartet });
  }
  return fehler;
}

/**
 * The check of one data row with the right number of fields: every cell, then the table's rules across cells. The
 * data only when the cells are valid (rule violations still yield it, so the duplicate check sees the row).
 */
function zeilenPruefer<S extends z.ZodObject>(
  tabelle: Tabelle<S>,
  datei: string,
  kopf: readonly string[],
  kontext: PruefKontext,
): (z: CsvZeile) => { daten?: z.output<S> | undefined; fehler: Fehler[] } {
  // Per column, once per table: where it is, its check and its metadata.
  const spalten = Object.keys(tabelle.schema.shape).map((name) => {
    const schema = tabelle.schema.shape[name] as z.ZodType;
    const index = kopf.indexOf(name);
    const merk = new Map<string, ZellErgebnis>();
    return { name, index, schema, meta: feldRegister.get(schema), direkt: feldPruefung(schema), merk };
  });
  const spalteVon = new Map(spalten.map((s) => [s.name, s.index + 1]));
  return ({ zeile, felder }) => {
    const daten: Record<string, unknown> = {};
    const fehler: Fehler[] = [];
    for (const { name, index, schema, meta, direkt, merk } of spalten) {
      const roh = felder[index]!;
      const r = merk.get(roh) ?? merke(merk, roh, pruefeZelle(schema, direkt, roh));
      if (!r.ok) {
        for (const p of r.probleme) fehler.push({ datei, zeile, spalte: index + 1, gefunden: roh, ...p });
        continue;
      }
      daten[name] = r.wert;
      const problem = meta && typeof r.wert === 'string' ? pruefeGegenKontext(meta, r.wert, kontext) : undefined;
      if (problem) fehler.push({ datei, zeile, spalte: index + 1, gefunden: r.wert as string, ...problem });
    }
    if (fehler.length > 0) return { fehler };
    for (const v of tabelle.zeilenRegeln?.(daten as z.output<S>) ?? []) {
      const spalte = spalteVon.get(v.spalte) ?? 1;
      fehler.push({ datei, zeile, spalte, meldung: v.meldung, gefunden: felder[spalte - 1], erwartet: v.erwartet });
    }
    return { daten: daten as z.output<S>, fehler };
  };
}

/**
 * Remembers a cell's result per column: keys, dates, sources and answers repeat from row to row, and a large
 * answers table is checked in every import. Only plain values are shared between rows, never a list.
 */
function merke(merk: Map<string, ZellErgebnis>, roh: string, r: ZellErgebnis): ZellErgebnis {
  if (merk.size < MERK_HOECHSTENS && !(r.ok && typeof r.wert === 'object')) merk.set(roh, r);
  return r;
}
const MERK_HOECHSTENS = 100_000;

type ZellErgebnis =
  | { ok: true; wert: unknown }
  | { ok: false; probleme: { meldung: string; erwartet?: string | undefined }[] };

/** A cell through its field's own check when it has one (fast: no Zod round trip per cell), else through Zod. */
function pruefeZelle(schema: z.ZodType, direkt: FeldPruefung | undefined, roh: string): ZellErgebnis {
  if (direkt) {
    const r = direkt(roh);
    return r.ok ? r : { ok: false, probleme: [{ meldung: r.meldung, erwartet: r.erwartet }] };
  }
  const r = schema.safeParse(roh);
  if (r.success) return { ok: true, wert: r.data };
  return {
    ok: false,
    probleme: r.error.issues.map((issue) => {
      const params = 'params' in issue ? (issue.params as { erwartet?: string } | undefined) : undefined;
      return { meldung: issue.message, erwartet: params?.erwartet };
    }),
  };
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
