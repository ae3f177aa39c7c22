import type { z } from 'zod';
import type { Register } from '../gebiete/register.ts';
import type { GepruefteZeile } from './pruefen.ts';

/** A rule broken by one row as a whole (several fields together). */
export interface RegelVerstoss {
  spalte: string;
  meldung: string;
  erwartet?: string | undefined;
}

/** A row that does not fit another table, e.g. an answer to a question that does not exist. */
export interface BezugsVerstoss extends RegelVerstoss {
  zeile: number;
  gefunden?: string | undefined;
}

/** What a cross-table check can see: the register and the validated rows of every table. */
export interface BezugsKontext {
  register?: Register | undefined;
  zeilen<T extends z.ZodObject>(tabelle: Tabelle<T>): readonly GepruefteZeile<z.output<T>>[];
}

/** Everything the validator, the build and the published data package know about one CSV table. */
export interface Tabelle<S extends z.ZodObject = z.ZodObject> {
  /** File name inside `data/`. */
  datei: string;
  /** Resource name in datapackage.json and in the site's JSON exports. */
  name: string;
  titel: string;
  beschreibung: string;
  schema: S;
  /** Columns whose values together identify one observation; a second row with the same values is a duplicate. */
  eindeutig: readonly (keyof z.output<S> & string)[];
  /**
   * Official statistics (e.g. population figures): published under the publisher's licence
   * dl-de/by-2-0 instead of the project's CC BY 4.0. Default: curated data.
   */
  amtlich?: boolean;
  /** Checks across fields of one parsed row. (Method syntax, so any table fits `Tabelle`.) */
  zeilenRegeln?(zeile: z.output<S>): RegelVerstoss[];
  /** Why the table may have no rows yet (documented-empty); every other table must have rows. */
  leerErlaubt?: string | undefined;
  /** Checks against other tables, run once every table passed on its own. (Method syntax, as above.) */
  bezuege?(zeilen: readonly GepruefteZeile<z.output<S>>[], kontext: BezugsKontext): BezugsVerstoss[];
}

export function tabelle<S extends z.ZodObject>(t: Tabelle<S>): Tabelle<S> {
  return t;
}
