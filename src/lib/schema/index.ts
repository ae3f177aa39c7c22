import { einwohner } from './einwohner.ts';
import { ereignisse } from './ereignisse.ts';
import { fondsBewilligungen, fondsHaushalt } from './fonds.ts';
import { forderungen } from './forderungen.ts';
import { gebietsaenderungen } from './gebietsaenderungen.ts';
import { intgAussagen } from './intg-aussagen.ts';
import { abfrageAnfragen, abfrageAnschriften, abfrageAntworten, abfrageFragen } from './musterabfrage.ts';
import { strukturen } from './strukturen.ts';
import type { Tabelle } from './tabelle.ts';

export {
  abfrageAnfragen,
  abfrageAnschriften,
  abfrageAntworten,
  abfrageFragen,
  einwohner,
  ereignisse,
  fondsBewilligungen,
  fondsHaushalt,
  forderungen,
  gebietsaenderungen,
  intgAussagen,
  strukturen,
};

/** Every curated table in `data/`, in the order docs and downloads list them. */
export const TABELLEN: readonly Tabelle[] = [
  strukturen,
  fondsHaushalt,
  fondsBewilligungen,
  einwohner,
  intgAussagen,
  forderungen,
  ereignisse,
  gebietsaenderungen,
  abfrageFragen,
  abfrageAntworten,
  abfrageAnfragen,
  abfrageAnschriften,
];
