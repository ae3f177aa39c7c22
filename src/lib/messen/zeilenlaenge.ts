// Line length in source, also where Biome does not format (.astro, .css): long prose lines in
// pages are hard to review in a diff and to edit in GitHub's web editor.

/** A long address is one token: splitting it would only make it harder to copy and to search for. */
const LANGE_ADRESSE = /https?:\/\/\S{40,}/;

/**
 * Every line longer than `hoechstens` characters, as "file:line (length)". Counts characters, not bytes;
 * a line with a long URL in it is exempt, like ESLint's max-len with ignoreUrls.
 */
export function zuLangeZeilen(datei: string, text: string, hoechstens: number): string[] {
  const treffer: string[] = [];
  text.split('\n').forEach((zeile, i) => {
    const laenge = [...zeile.replace(/\r$/, '')].length;
    if (laenge > hoechstens && !LANGE_ADRESSE.test(zeile)) treffer.push(`${datei}:${i + 1} (${laenge} Zeichen)`);
  });
  return treffer;
}

/** Files whose line length is checked: code, pages and styles, never data or docs. */
export function istQuelltext(datei: string): boolean {
  return /\.(ts|mts|js|mjs|astro|css)$/.test(datei) && !datei.startsWith('data/') && !datei.includes('node_modules/');
}

/**
 * The long lines that count as findings: all lines of a file beyond its allowance in the list of old
 * cases (`altlast`, file → number of long lines it may still have). `weniger` names files that now
 * have fewer than allowed, so the allowance can shrink.
 */
export function pruefeAltlast(
  treffer: Map<string, string[]>,
  altlast: Record<string, number>,
): { fehler: string[]; weniger: string[] } {
  const fehler: string[] = [];
  const weniger: string[] = [];
  for (const [datei, zeilen] of treffer) {
    const erlaubt = altlast[datei] ?? 0;
    if (zeilen.length > erlaubt)
      fehler.push(...(erlaubt > 0 ? zeilen.map((z) => `${z} (erlaubt: ${erlaubt})`) : zeilen));
    else if (zeilen.length < erlaubt)
      weniger.push(`${datei} hat nur noch ${zeilen.length} statt ${erlaubt} lange Zeilen`);
  }
  return { fehler, weniger };
}
