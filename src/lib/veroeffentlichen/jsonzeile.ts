import type { z } from 'zod';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { Tabelle } from '../schema/tabelle.ts';

/** A validated row with every column present: an empty cell is null (unknown), never left out. */
export type JsonZeile<T> = { zeile: number } & { [K in keyof T]-?: Exclude<T[K], undefined> | null };

/**
 * Rows for the machine-readable twins: the CSV columns under their own names plus the line
 * number, so every value can be traced back to data/<datei>.csv and its field names stay stable.
 */
export function jsonZeile<S extends z.ZodObject>(
  tabelle: Tabelle<S>,
  z: GepruefteZeile<z.output<S>>,
): JsonZeile<z.output<S>> {
  const daten = z.daten as Record<string, unknown>;
  const aus: Record<string, unknown> = { zeile: z.zeile };
  for (const spalte of Object.keys(tabelle.schema.shape)) aus[spalte] = daten[spalte] ?? null;
  return aus as JsonZeile<z.output<S>>;
}
