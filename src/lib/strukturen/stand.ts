import { UNBEKANNT } from '../schema/felder.ts';

/**
 * Orders two Stand values (JJJJ, JJJJ-MM, JJJJ-MM-TT or "unbekannt"). An undated observation
 * counts as older than any dated one; a coarser date counts as its first day, so "2024" comes
 * before "2024-03". Returns < 0 when a is older.
 */
export function vergleicheStand(a: string | undefined, b: string | undefined): number {
  const wert = (s: string | undefined) => (s === undefined || s === UNBEKANNT ? '' : s);
  return wert(a).localeCompare(wert(b));
}

/**
 * The day from which a dated observation counts on a timeline. A partial Stand counts from the
 * last day of the period it names ("2024" → 2024-12-31, "2024-03" → 2024-03-31): only then is
 * the source's statement certainly on record, so no count rises before its evidence. A Stand in
 * the current period counts from today, since a Stand is never in the future. Undated
 * observations have no such day (undefined).
 */
export function belegtAb(stand: string | undefined, heute: string): string | undefined {
  if (stand === undefined || stand === UNBEKANNT) return undefined;
  const [j, m, t] = stand.split('-') as [string, string?, string?];
  let tag = stand;
  if (!m) tag = `${j}-12-31`;
  else if (!t) tag = `${j}-${m}-${new Date(Date.UTC(Number(j), Number(m), 0)).getUTCDate()}`;
  return tag < heute ? tag : heute;
}
