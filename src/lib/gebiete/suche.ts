/**
 * Finding a Gebiet by name the way people type it: without umlauts ("Gustrow"), with "ue" for "ü",
 * with only the first part ("Ribnitz") or with a typo ("Greifswlad").
 */

export interface Suchbar {
  /** Key. */
  s: string;
  /** Name as shown. */
  n: string;
}

/** Lower case, umlauts folded (ü, ue → u; ß → ss), punctuation to spaces. */
export function normalisiere(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Optimal string alignment distance (Levenshtein plus swapped neighbours), stopped early above `grenze`. */
export function abstand(a: string, b: string, grenze = Infinity): number {
  if (Math.abs(a.length - b.length) > grenze) return grenze + 1;
  let vorvorige: number[] = [];
  let vorige = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const aktuelle = [i];
    let zeilenMin = i;
    for (let j = 1; j <= b.length; j++) {
      const kosten = a[i - 1] === b[j - 1] ? 0 : 1;
      let wert = Math.min(vorige[j]! + 1, aktuelle[j - 1]! + 1, vorige[j - 1]! + kosten);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        wert = Math.min(wert, vorvorige[j - 2]! + 1);
      aktuelle.push(wert);
      zeilenMin = Math.min(zeilenMin, wert);
    }
    if (zeilenMin > grenze) return grenze + 1;
    vorvorige = vorige;
    vorige = aktuelle;
  }
  return vorige[b.length]!;
}

/**
 * Score of one name for a query, lower is better; undefined for no match. Exact < starts with <
 * a word starts with < contains < close by typo (one error per four letters, at least one).
 */
export function bewerteTreffer(name: string, anfrage: string): number | undefined {
  if (anfrage === '') return undefined;
  if (name === anfrage) return 0;
  if (name.startsWith(anfrage)) return 1;
  const woerter = name.split(' ');
  if (woerter.some((w) => w.startsWith(anfrage))) return 2;
  if (name.includes(anfrage)) return 3;
  const grenze = Math.max(1, Math.floor(anfrage.length / 4));
  let bester = Infinity;
  for (const teil of [name, ...woerter]) {
    bester = Math.min(bester, abstand(anfrage, teil.slice(0, anfrage.length), grenze), abstand(anfrage, teil, grenze));
  }
  return bester <= grenze ? 4 + bester : undefined;
}

/**
 * The best matches, ranked. An official key (or its beginning, from two digits) finds its Gebiet.
 * Ties go to the entry with the smaller `vorrang` (e.g. a Landkreis before a Gemeinde that only
 * ends in the same word: "Rügen"), then to shorter, then alphabetically earlier names.
 */
export function suche<T extends Suchbar>(
  eintraege: readonly T[],
  anfrage: string,
  hoechstens = 8,
  vorrang: (e: T) => number = () => 0,
): T[] {
  const q = normalisiere(anfrage);
  if (q.length < 2) return [];
  const schluessel = /^\d+$/.test(q.replace(/ /g, '')) ? q.replace(/ /g, '') : undefined;
  const treffer: { e: T; punkte: number; name: string; rang: number }[] = [];
  for (const e of eintraege) {
    const name = normalisiere(e.n);
    const punkte = schluessel
      ? e.s === schluessel
        ? 0
        : e.s.startsWith(schluessel)
          ? 1
          : undefined
      : bewerteTreffer(name, q);
    if (punkte !== undefined) treffer.push({ e, punkte, name, rang: vorrang(e) });
  }
  treffer.sort(
    (a, b) => a.punkte - b.punkte || a.rang - b.rang || a.name.length - b.name.length || a.name.localeCompare(b.name),
  );
  return treffer.slice(0, hoechstens).map((t) => t.e);
}
