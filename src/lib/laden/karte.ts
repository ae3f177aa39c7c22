import { fondsIndikator } from '../karte/fondsindikator.ts';
import { strukturIndikatoren } from '../karte/indikatoren.ts';
import { kartenDaten, type KartenDaten } from '../karte/kartendaten.ts';
import { type Ort, orteZumBeschriften } from '../karte/ortsnamen.ts';
import { abfrageIndikator } from '../musterabfrage/indikator.ts';
import { type Bedarf, beiratRegel, handlungsbedarf } from '../politik/handlungsbedarf.ts';
import { abfrageAnfragen, abfrageAntworten, einwohner, fondsBewilligungen, intgAussagen } from '../schema/index.ts';
import { ladeBeobachtungen } from './beobachtungen.ts';
import { type Kennzahl, kennzahlen } from '../strukturen/kennzahlen.ts';
import { ladeDatenbestand } from './datenbestand.ts';
import { heute } from './heute.ts';

// Keyed by the loaded data, so the dev loop's fresh Datenbestand (zwischenspeicher.ts) gets fresh map data.
const gemerkt = new WeakMap<object, KartenDaten>();

/** The key figures beside the map, with the Beirat threshold from data/intg-aussagen.csv. */
export function ladeKennzahlen(d = ladeDatenbestand()): Kennzahl[] {
  const schwelle = beiratRegel(d.zeilen(intgAussagen))?.einwohner_ueber;
  return kennzahlen(d.gebiete, d.register, ladeBeobachtungen(d), d.zeilen(einwohner), schwelle);
}

/** The map data, derived once per data directory and shared by the map, the embed, the table and the JSON. */
export function ladeKartenDaten(): KartenDaten {
  const d = ladeDatenbestand();
  let daten = gemerkt.get(d);
  if (!daten) {
    daten = kartenDaten(
      d.gebiete,
      [
        ...strukturIndikatoren(ladeBeobachtungen(d), d.register),
        fondsIndikator(d.zeilen(fondsBewilligungen), d.zeilen(einwohner)),
        abfrageIndikator(d.zeilen(abfrageAntworten), d.zeilen(abfrageAnfragen), heute()),
      ],
      ladeKennzahlen(d),
    );
    gemerkt.set(d, daten);
  }
  return daten;
}

/** What the law statements ask of whom, against what is known (page /handlungsbedarf/ and its CSV). */
export function ladeHandlungsbedarf(d = ladeDatenbestand()): Bedarf[] {
  return handlungsbedarf({
    gebiete: d.gebiete,
    register: d.register,
    aussagen: d.zeilen(intgAussagen),
    strukturen: ladeBeobachtungen(d),
    einwohner: d.zeilen(einwohner),
  });
}

/** The towns the map labels, biggest first. */
export function ladeOrte(d = ladeDatenbestand()): Ort[] {
  return orteZumBeschriften(d.gebiete, d.zeilen(einwohner));
}
