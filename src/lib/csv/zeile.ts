/**
 * CSV lines as the project reads them (csv/lesen.ts): comma, LF, fields quoted only where they
 * must be, so appended rows look like hand-written ones. Unlike csv/schreiben.ts this needs no
 * papaparse: the browser form writes its file with it, and the import appends rows with it.
 */

/** One field, in quotes if it contains a comma, a quote, a line break or outer spaces. */
export function csvFeld(wert: string): string {
  return /[",\r\n]|^\s|\s$/.test(wert) ? `"${wert.replace(/"/g, '""')}"` : wert;
}

/** One line without its line end. */
export function csvZeile(felder: readonly string[]): string {
  return felder.map(csvFeld).join(',');
}

/** Header and rows, each line ending in LF. */
export function csvZeilen(kopf: readonly string[], zeilen: readonly (readonly string[])[]): string {
  return [kopf, ...zeilen].map((z) => csvZeile(z) + '\n').join('');
}

/** Byte-order mark: spreadsheet programs then read umlauts as UTF-8; csv/lesen.ts accepts it. */
export const BOM = '\uFEFF';
