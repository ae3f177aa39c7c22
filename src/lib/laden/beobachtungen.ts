import { alleBeobachtungen } from '../musterabfrage/beobachtungen.ts';
import { abfrageAntworten, strukturen } from '../schema/index.ts';
import type { Beobachtung } from '../strukturen/beobachtungen.ts';
import { ladeDatenbestand, type Datenbestand } from './datenbestand.ts';

const gemerkt = new WeakMap<Datenbestand, Beobachtung[]>();

/**
 * Every observation of a structure: the rows of data/strukturen.csv and the Verwaltungen' own
 * answers to the Musterabfrage. Map, Gebiet pages, twins, key figures and the timeline all read
 * this, never the table alone, so an answer changes all of them at once.
 */
export function ladeBeobachtungen(bestand: Datenbestand = ladeDatenbestand()): Beobachtung[] {
  let alle = gemerkt.get(bestand);
  if (!alle) {
    alle = alleBeobachtungen(bestand.zeilen(strukturen), bestand.zeilen(abfrageAntworten));
    gemerkt.set(bestand, alle);
  }
  return alle;
}
