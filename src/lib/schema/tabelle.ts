import type { z } from 'zod';

/** A rule broken by one row as a whole (several fields together). */
export interface RegelVerstoss {
  spalte: string;
  meldung: string;
  erwartet?: string | undefined;
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
}

export function tabelle<S extends z.ZodObject>(t: Tabelle<S>): Tabelle<S> {
  return t;
}
