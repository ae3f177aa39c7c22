import type { Gebiet } from './register.ts';

/**
 * Friendly URLs by name (/gemeinde/greifswald/) next to the canonical key URLs. A name leads
 * straight to its Gebiet only when it is unambiguous; two Gemeinden called Benz get a page that
 * lets the reader choose.
 */

const UMLAUTE: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * "Röbel/Müritz" → "roebel-mueritz", "Born a. Darß" → "born-a-darss": the usual German spelling of
 * umlauts in addresses. (The map's search folds differently, ü and ue both to u, so that typed
 * variants match; an address needs one fixed form.)
 */
export function kurzname(name: string): string {
  return name
    .toLocaleLowerCase('de')
    .replace(/[äöüß]/g, (z) => UMLAUTE[z]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface Alias {
  kurzname: string;
  /** One Gebiet: the alias forwards to it. Several: a page lists them to choose from. */
  ziele: Gebiet[];
}

/** The aliases of a set of Gebiete of one Ebene, sorted by name; names without a single letter get none. */
export function aliase(gebiete: readonly Gebiet[]): Alias[] {
  const gruppen = new Map<string, Gebiet[]>();
  for (const g of gebiete) {
    const k = kurzname(g.name);
    if (!/[a-z]/.test(k)) continue;
    gruppen.set(k, [...(gruppen.get(k) ?? []), g]);
  }
  return [...gruppen]
    .map(([kurzname, ziele]) => ({ kurzname, ziele }))
    .sort((a, b) => a.kurzname.localeCompare(b.kurzname));
}
