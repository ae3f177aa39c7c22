import Papa from 'papaparse';

export type CsvWert = string | number | undefined;

/**
 * A CSV as the project writes its tables: UTF-8, comma, one header row, LF. An unknown value is
 * an empty cell, as in data/, never 0.
 */
export function csvText(spalten: readonly string[], zeilen: readonly Record<string, CsvWert>[]): string {
  return (
    Papa.unparse({ fields: [...spalten], data: zeilen.map((z) => spalten.map((s) => z[s] ?? '')) }, { newline: '\n' }) +
    '\n'
  );
}
