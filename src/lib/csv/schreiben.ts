/**
 * Writes CSV as the project reads it (csv/lesen.ts): comma, LF, a header row. Fields are quoted
 * only where they must be, so appended rows look like hand-written ones. No Node APIs: the
 * browser form writes its file with the same code.
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
export function csvText(kopf: readonly string[], zeilen: readonly (readonly string[])[]): string {
  return [kopf, ...zeilen].map((z) => csvZeile(z) + '\n').join('');
}

/** Byte-order mark: spreadsheet programs then read umlauts as UTF-8; csv/lesen.ts accepts it. */
export const BOM = '\uFEFF';
