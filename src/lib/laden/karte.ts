import { fondsIndikator } from '../karte/fondsindikator.ts';
import { strukturIndikatoren } from '../karte/indikatoren.ts';
import { kartenDaten, type KartenDaten } from '../karte/kartendaten.ts';
import { abfrageIndikator } from '../musterabfrage/indikator.ts';
import { abfrageAnfragen, abfrageAntworten, einwohner, fondsBewilligungen } from '../schema/index.ts';
import { ladeBeobachtungen } from './beobachtungen.ts';
import { ladeDatenbestand } from './datenbestand.ts';
import { heute } from './heute.ts';

let daten: KartenDaten | undefined;

/** The map data, derived once per build and shared by the map, the embed, the table and the JSON. */
export function ladeKartenDaten(): KartenDaten {
  if (!daten) {
    const d = ladeDatenbestand();
    daten = kartenDaten(d.gebiete, [
      ...strukturIndikatoren(ladeBeobachtungen(d), d.register),
      fondsIndikator(d.zeilen(fondsBewilligungen), d.zeilen(einwohner)),
      abfrageIndikator(d.zeilen(abfrageAntworten), d.zeilen(abfrageAnfragen), heute()),
    ]);
  }
  return daten;
}
