import type { StrukturZeile } from '../../src/lib/schema/strukturen.ts';

let nr = 1;

/** One validated row of strukturen.csv with only what a test cares about; each gets its own line and source. */
export function strukturZeile(
  gebiet: string,
  status: StrukturZeile['status'],
  stand: string,
  typ: StrukturZeile['typ'] = 'beirat',
) {
  nr++;
  return {
    zeile: nr,
    daten: {
      gebiet,
      typ,
      status,
      name: 'X',
      seit: undefined,
      form: undefined,
      stand,
      quelle_url: `https://example.org/${nr}`,
      quelle_titel: 'Q',
      anmerkung: undefined,
    } satisfies StrukturZeile,
  };
}
