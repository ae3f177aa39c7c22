import type { FondsBewilligungZeile, FondsHaushaltZeile } from '../../src/lib/schema/fonds.ts';
import type { StrukturZeile } from '../../src/lib/schema/strukturen.ts';

let nr = 1;

/** The columns every table ends with: a source of its own per row, the Stand, no note. */
const herkunft = (stand: string) => ({
  quelle_url: `https://example.org/${nr}`,
  quelle_titel: 'Q',
  stand,
  anmerkung: undefined,
});

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
      ...herkunft(stand),
    } satisfies StrukturZeile,
  };
}

/** One validated row of fonds-haushalt.csv: a year's amount of one kind, with its own line and source. */
export function haushaltZeile(
  jahr: number,
  art: FondsHaushaltZeile['art'],
  betrag_eur: number | undefined,
  stand = '2020',
) {
  nr++;
  return {
    zeile: nr,
    daten: {
      jahr,
      art,
      betrag_eur,
      haushaltsdokument: undefined,
      ...herkunft(stand),
    } satisfies FondsHaushaltZeile,
  };
}

/** One validated row of fonds-bewilligungen.csv: an approval (or allocation) to a Gebiet in a year. */
export function bewilligungZeile(
  gebiet: string,
  jahr: number,
  betrag_eur: number | undefined,
  art: FondsBewilligungZeile['art'] = 'bewilligung',
  stand = '2019-05-23',
) {
  nr++;
  return {
    zeile: nr,
    daten: {
      jahr,
      art,
      gebiet,
      empfaenger: undefined,
      projekt: undefined,
      betrag_eur,
      ...herkunft(stand),
    } satisfies FondsBewilligungZeile,
  };
}
