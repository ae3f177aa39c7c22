import { UNBEKANNT } from './schema/felder.ts';

/**
 * Orders two Stand values (JJJJ, JJJJ-MM, JJJJ-MM-TT or "unbekannt"). An undated observation
 * counts as older than any dated one; a coarser date counts as its first day, so "2024" comes
 * before "2024-03". Returns < 0 when a is older.
 */
export function vergleicheStand(a: string | undefined, b: string | undefined): number {
  const wert = (s: string | undefined) => (s === undefined || s === UNBEKANNT ? '' : s);
  return wert(a).localeCompare(wert(b));
}
