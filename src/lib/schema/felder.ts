import { z } from 'zod';
import { schluesselMuster, type Ebene } from '../gebiete/schluessel.ts';
import {
  ANZAHL_ERWARTET,
  BETRAG_ERWARTET,
  fehlt,
  pruefeAnzahl,
  pruefeBetrag,
  pruefeDatum,
  pruefeSchluesselForm,
  pruefeTextZelle,
  pruefeUrl,
  pruefeVokabular,
  schluesselErwartet,
  TAG,
  TEILDATUM,
  UNBEKANNT,
  URL_ERWARTET,
  type Pruefung,
} from './werte.ts';

/**
 * Field builders for the data tables. Each returns a Zod schema that takes the raw CSV cell
 * (always a string) and yields the typed value, and registers what the Table Schema of the
 * published data package and the docs need to know about it. One definition serves the
 * validator, the build, the tests and the published schema.
 */

/** Frictionless Table Schema description of one field. */
export interface FeldMeta {
  /** Short German description, shown in docs and in datapackage.json. */
  beschreibung: string;
  /** Table Schema type. */
  typ: 'string' | 'integer' | 'number' | 'date' | 'year';
  format?: 'uri' | undefined;
  pflicht: boolean;
  muster?: string | undefined;
  werte?: readonly string[] | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  /** Most characters a text may have. */
  hoechstensZeichen?: number | undefined;
  /** The value must not lie after the day of the check (a "Stand" cannot be in the future). */
  nichtInZukunft?: boolean | undefined;
  /** The value is a Gebiet key and must exist in the register. */
  gebiet?: readonly Ebene[] | undefined;
}

export const feldRegister = z.registry<FeldMeta>();

/** The check of a raw cell behind a field built by `feld`; pruefen.ts calls it directly, without Zod, per cell. */
export type FeldPruefung = (roh: string) => Pruefung<unknown>;
const pruefungen = new WeakMap<z.ZodType, FeldPruefung>();
export const feldPruefung = (schema: z.ZodType): FeldPruefung | undefined => pruefungen.get(schema);

export { UNBEKANNT };

/** Builds a field from a check of the raw cell and its metadata; exported for table-specific fields. */
export function feld<T>(meta: FeldMeta, pruefe: (roh: string) => Pruefung<T>) {
  const schema = z.string().transform((roh, ctx): T => {
    const r = pruefe(roh);
    if (r.ok) return r.wert;
    ctx.addIssue({ code: 'custom', message: r.meldung, params: { erwartet: r.erwartet } });
    return z.NEVER;
  });
  feldRegister.add(schema, meta);
  pruefungen.set(schema, pruefe);
  return schema;
}

/** Free text that must not be empty. */
export function pflichtText(beschreibung: string) {
  return feld<string>({ beschreibung, typ: 'string', pflicht: true }, (roh) =>
    roh.trim() === '' ? fehlt('einen Text') : pruefeTextZelle(roh),
  );
}

/**
 * Longest Gemeinde name accepted. Real names are far shorter; a name becomes a folder of
 * the site (/gemeinde/<kurzname>/), and file systems refuse names over 255 bytes, which once left a build
 * half-written (issue 12). 100 leaves room for any real name and stays far from that limit.
 */
export const NAME_HOECHSTENS = 100;

/** The name of a Gemeinde: a required text of at most NAME_HOECHSTENS characters. */
export function gemeindeName(beschreibung: string) {
  return feld<string>({ beschreibung, typ: 'string', pflicht: true, hoechstensZeichen: NAME_HOECHSTENS }, (roh) => {
    const wert = roh.trim();
    if (wert === '') return fehlt('einen Gemeindenamen');
    if ([...wert].length > NAME_HOECHSTENS) {
      return {
        ok: false,
        meldung: `Name zu lang (${[...wert].length} Zeichen)`,
        erwartet: `einen Gemeindenamen mit höchstens ${NAME_HOECHSTENS} Zeichen (er wird Teil einer Webadresse)`,
      };
    }
    return pruefeTextZelle(roh);
  });
}

/** Free text that may be empty (then undefined). */
export function text(beschreibung: string) {
  return feld<string | undefined>({ beschreibung, typ: 'string', pflicht: false }, (roh) =>
    roh.trim() === '' ? { ok: true, wert: undefined } : pruefeTextZelle(roh),
  );
}

/** A Gebiet key of one of the given Ebenen; whether it exists is checked against the register. */
export function gebiet(beschreibung: string, ebenen: readonly Ebene[]) {
  const muster = schluesselMuster();
  return feld<string>({ beschreibung, typ: 'string', pflicht: true, muster, gebiet: ebenen }, (roh) => {
    const wert = roh.trim();
    return wert === '' ? fehlt(schluesselErwartet(ebenen)) : pruefeSchluesselForm(wert, ebenen);
  });
}

/** An exact calendar day, ISO 8601 (YYYY-MM-DD). */
export function datum(beschreibung: string, opts: { nichtInZukunft?: boolean } = {}) {
  return feld<string>({ beschreibung, typ: 'date', pflicht: true, ...opts }, (roh) => {
    const wert = roh.trim();
    if (wert === '') return fehlt('ein Datum JJJJ-MM-TT');
    return pruefeDatum(wert, TAG, 'ein Datum JJJJ-MM-TT');
  });
}

/** A day JJJJ-MM-TT that may be empty (then undefined), e.g. a deadline not set. */
export function optionalerTag(beschreibung: string) {
  return feld<string | undefined>({ beschreibung, typ: 'date', pflicht: false }, (roh) => {
    const wert = roh.trim();
    return wert === '' ? { ok: true, wert: undefined } : pruefeDatum(wert, TAG, 'ein Datum JJJJ-MM-TT oder leer');
  });
}

/**
 * A date as precise as the source allows: JJJJ, JJJJ-MM or JJJJ-MM-TT. With `unbekanntErlaubt`,
 * the word "unbekannt" stands for a source without a date.
 */
export function teilDatum(
  beschreibung: string,
  opts: { pflicht?: boolean; nichtInZukunft?: boolean; unbekanntErlaubt?: boolean } = {},
) {
  const pflicht = opts.pflicht ?? false;
  const erwartet = `JJJJ, JJJJ-MM oder JJJJ-MM-TT${opts.unbekanntErlaubt ? ' oder „unbekannt“' : ''}`;
  return feld<string | undefined>(
    {
      beschreibung,
      typ: 'string',
      pflicht,
      muster: `^\\d{4}(-\\d{2}(-\\d{2})?)?$${opts.unbekanntErlaubt ? '|^unbekannt$' : ''}`,
      nichtInZukunft: opts.nichtInZukunft,
    },
    (roh) => {
      const wert = roh.trim();
      if (wert === '') return pflicht ? fehlt(erwartet) : { ok: true, wert: undefined };
      if (opts.unbekanntErlaubt && wert === UNBEKANNT) return { ok: true, wert: UNBEKANNT };
      return pruefeDatum(wert, TEILDATUM, erwartet);
    },
  );
}

/**
 * The Stand of a source: when what it says held, as precise as known; for an undated source the
 * newest date it names, else "unbekannt". Never in the future.
 */
export function quellenStand() {
  return teilDatum(
    'Datum der Quelle (JJJJ, JJJJ-MM oder JJJJ-MM-TT); bei undatierter Quelle das jüngste Datum, das sie nennt, ' +
      'sonst „unbekannt“',
    {
      pflicht: true,
      nichtInZukunft: true,
      unbekanntErlaubt: true,
    },
  );
}

/** A year, four digits. */
export function jahr(beschreibung: string) {
  return feld<number>({ beschreibung, typ: 'year', pflicht: true, minimum: 1990 }, (roh) => {
    const wert = roh.trim();
    if (wert === '') return fehlt('ein Jahr JJJJ');
    if (!/^\d{4}$/.test(wert) || Number(wert) < 1990 || Number(wert) > 2100) {
      return { ok: false, meldung: 'kein gültiges Jahr', erwartet: 'ein Jahr JJJJ zwischen 1990 und 2100' };
    }
    return { ok: true, wert: Number(wert) };
  });
}

/** One value from a documented vocabulary; a required field yields a value of the vocabulary, never undefined. */
export function vokabular<const W extends readonly string[]>(
  beschreibung: string,
  werte: W,
  opts?: { pflicht?: true },
): ReturnType<typeof feld<W[number]>>;
/** An optional vocabulary field: empty is undefined (unknown). */
export function vokabular<const W extends readonly string[]>(
  beschreibung: string,
  werte: W,
  opts: { pflicht: false },
): ReturnType<typeof feld<W[number] | undefined>>;
export function vokabular<const W extends readonly string[]>(
  beschreibung: string,
  werte: W,
  opts: { pflicht?: boolean } = {},
) {
  const pflicht = opts.pflicht ?? true;
  const erwartet = `einen von: ${werte.join(', ')}`;
  return feld<W[number] | undefined>(
    { beschreibung, typ: 'string', pflicht, werte },
    (roh): Pruefung<W[number] | undefined> => {
      const wert = roh.trim();
      if (wert === '') return pflicht ? fehlt(erwartet) : { ok: true, wert: undefined };
      return pruefeVokabular<W[number]>(wert, werte);
    },
  );
}

/**
 * A non-negative amount in euro with a decimal point and at most two decimals. Empty means
 * unknown, which is not the same as 0.
 */
export function betrag(beschreibung: string) {
  return feld<number | undefined>(
    { beschreibung, typ: 'number', pflicht: false, minimum: 0 },
    (roh): Pruefung<number | undefined> => {
      const wert = roh.trim();
      return wert === '' ? { ok: true, wert: undefined } : pruefeBetrag(wert, BETRAG_ERWARTET);
    },
  );
}

/** A non-negative whole number such as a population figure. */
export function anzahl(beschreibung: string) {
  return feld<number>({ beschreibung, typ: 'integer', pflicht: true, minimum: 0 }, (roh) =>
    roh.trim() === '' ? fehlt(ANZAHL_ERWARTET) : pruefeAnzahl(roh.trim()),
  );
}

/** A non-negative whole number that may be empty (then undefined, i.e. none or unknown as the column says). */
export function optionaleAnzahl(beschreibung: string) {
  return feld<number | undefined>({ beschreibung, typ: 'integer', pflicht: false, minimum: 0 }, (roh) =>
    roh.trim() === '' ? { ok: true, wert: undefined } : pruefeAnzahl(roh.trim()),
  );
}

/** A web link. Only http and https are allowed, so data can never carry script or file links. */
export function url(beschreibung: string) {
  return feld<string>({ beschreibung, typ: 'string', format: 'uri', pflicht: true, muster: '^https?://' }, (roh) => {
    const wert = roh.trim();
    return wert === '' ? fehlt(URL_ERWARTET) : pruefeUrl(wert);
  });
}
