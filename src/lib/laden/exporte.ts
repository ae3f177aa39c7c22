import fs from 'node:fs';
import path from 'node:path';
import type { Ressource } from '../veroeffentlichen/datenpaket.ts';
import { offeneDateien } from '../veroeffentlichen/exporte.ts';
import { gebietsaenderungen, TABELLEN } from '../schema/index.ts';
import { ladeDatenbestand } from './datenbestand.ts';
import { datenAusUmgebung } from './pfade.ts';
import { merkeZwischenspeicher } from './zwischenspeicher.ts';

const gemerkt = new Map<string, Ressource[]>();
merkeZwischenspeicher(() => gemerkt.clear());

/** Every file of the data package with its bytes, built once per build and data directory from the validated data. */
export function ladeOffeneDateien(daten: string = datenAusUmgebung()): Ressource[] {
  const schon = gemerkt.get(daten);
  if (schon) return schon;
  const bestand = ladeDatenbestand(daten);
  const dateien = offeneDateien({
    tabellen: TABELLEN.map((tabelle) => ({
      tabelle,
      bytes: fs.readFileSync(path.join(daten, tabelle.datei)),
      zeilen: bestand.zeilen(tabelle),
    })),
    gebiete: bestand.gebiete,
    topologie: bestand.geo.topologie,
    namensnennung: bestand.geo.quelle.namensnennung,
    gebietsstand: bestand.geo.quelle.gebietsstand,
    aenderungen: gebietsaenderungen,
  });
  gemerkt.set(daten, dateien);
  return dateien;
}

const INHALTSTYPEN: Record<Ressource['format'], string> = {
  csv: 'text/csv; charset=utf-8',
  topojson: 'application/json',
  geojson: 'application/geo+json',
};

/** The response for one file of the package by its path below /daten/, e.g. "strukturen.csv" or TOPOJSON_PFAD. */
export function dateiAntwort(pfad: string): Response {
  const datei = ladeOffeneDateien().find((r) => r.pfad === pfad);
  if (!datei) throw new Error(`Keine offene Datei ${pfad}`);
  return new Response(datei.bytes, { headers: { 'Content-Type': INHALTSTYPEN[datei.format] } });
}
