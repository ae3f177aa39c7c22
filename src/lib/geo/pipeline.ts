import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryObject, MultiPolygon, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { mergeArcs } from 'topojson-client';
import type { Fehler } from '../csv/fehler.ts';
import type { Gebiet } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { GebietsaenderungZeile } from '../schema/gebietsaenderungen.ts';
import { LAND, type Land } from '../gebiete/land.ts';
import { istAmtsangehoerig, kreisVon, verbandVonRegionalschluessel } from '../gebiete/schluessel.ts';
import { wendeAenderungenAn } from './aenderungen.ts';
import { landflaechen, wasserflaechen, type Flaeche, type Vg250Eintrag } from './quelle.ts';
import { entferneUngenutzteBoegen, vereinfache } from './vereinfachen.ts';

/** The three VG250 layers the pipeline reads, already flattened to Features. */
export interface Vg250 {
  gemeinden: readonly Feature[];
  verwaltungsgemeinschaften: readonly Feature[];
  kreise: readonly Feature[];
  /** Länder layer, for the water areas drawn for orientation; without it the topology has no `wasser`. */
  laender?: readonly Feature[] | undefined;
  /** Gebietsstand of the export, JJJJ-MM-TT; changes up to this day are already in it. */
  gebietsstand: string;
}

export interface Einstellungen {
  /** Share of points (by Visvalingam weight) that the simplification keeps, 0…1. */
  anteil: number;
  /** Quantization of the output grid (TopoJSON transform). */
  quantisierung: number;
}

export const STANDARD: Einstellungen = { anteil: 0.04, quantisierung: 1e5 };

export interface Geodaten {
  /** Objects gemeinden, aemter, kreise, land (ids are official keys, properties just the name) and wasser. */
  topologie: Topology;
  /** The register: every Gebiet with key, name, kind and parents. */
  gebiete: Gebiet[];
}

export type PipelineErgebnis = { ok: true; geodaten: Geodaten } | { ok: false; fehler: Fehler[] };

type Namen = ReadonlyMap<string, { name: string; bezeichnung: string }>;

/**
 * VG250 Gemeinden + change list → today's Gemeinden, with Ämter, Kreise and the Land merged
 * from them so that borders coincide at every level (as us-atlas's topomerge does).
 */
export function baueGeodaten(
  vg250: Vg250,
  aenderungen: readonly GepruefteZeile<GebietsaenderungZeile>[],
  einstellungen: Einstellungen = STANDARD,
  land: Pick<Land, 'schluessel' | 'name' | 'wasser'> = LAND,
): PipelineErgebnis {
  const quelle = quellGemeinden(vg250, land.schluessel);
  const { zuordnung, fehler } = wendeAenderungenAn(new Set(quelle.keys()), aenderungen, vg250.gebietsstand);
  if (fehler.length > 0) return { ok: false, fehler };

  const kreisnamen = namenNachSchluessel(vg250.kreise, 5, land.schluessel);
  const { gemeinden, verbandVon } = heutigeGemeinden(quelle, zuordnung, kreisnamen);
  const aemter = gruppiere(gemeinden, (g) => verbandVon.get(g.schluessel) ?? '');
  const kreise = gruppiere(gemeinden, (g) => g.kreis ?? '');
  const gebiete: Gebiet[] = [
    { schluessel: land.schluessel, ebene: 'land', name: land.name, bezeichnung: 'Land', art: 'land' },
    ...kreiseAus(kreise, kreisnamen),
    ...aemterAus(aemter, namenNachSchluessel(vg250.verwaltungsgemeinschaften, 9, land.schluessel)),
    ...gemeinden,
  ];
  gebiete.sort((a, b) => a.schluessel.length - b.schluessel.length || a.schluessel.localeCompare(b.schluessel));

  const mitglieder = new Map<string, readonly Gebiet[]>([[land.schluessel, gemeinden], ...kreise, ...aemter]);
  const wasser = {
    name: land.wasser,
    flaechen: vg250.laender ? wasserflaechen(vg250.laender, land.schluessel).map((e) => e.geometrie) : [],
  };
  const topologie = baueTopologie(quelle, zuordnung.teile, gebiete, mitglieder, wasser, einstellungen);
  return { ok: true, geodaten: { topologie, gebiete } };
}

/** The Land's Gemeinden in the source, by AGS (Regionalschlüssel without the Verband part). */
function quellGemeinden(vg250: Vg250, land: string): Map<string, Vg250Eintrag> {
  const quelle = new Map<string, Vg250Eintrag>();
  for (const e of landflaechen(vg250.gemeinden, land)) {
    const ags = e.rs.slice(0, 5) + e.rs.slice(9);
    if (quelle.has(ags)) throw new Error(`Gemeinde ${ags} hat in der Quelle mehr als eine Landfläche`);
    quelle.set(ags, e);
  }
  return quelle;
}

/** Today's Gemeinden from their parts in the source, sorted by key, and the Verband each belongs to. */
function heutigeGemeinden(
  quelle: ReadonlyMap<string, Vg250Eintrag>,
  zuordnung: { teile: ReadonlyMap<string, string[]>; namen: ReadonlyMap<string, string> },
  kreisnamen: Namen,
): { gemeinden: Gebiet[]; verbandVon: Map<string, string> } {
  const gemeinden: Gebiet[] = [];
  const verbandVon = new Map<string, string>();
  for (const [ags, teile] of zuordnung.teile) {
    const eintraege = teile.map((t) => pflicht(quelle, t, 'Gemeinde'));
    const eigenes = quelle.get(ags);
    const verbaende = new Set(eintraege.map((e) => verbandVonRegionalschluessel(e.rs)));
    const bezeichnungen = new Set(eintraege.map((e) => e.bezeichnung));
    const basis = eigenes ?? eintraege[0];
    if (!basis || (!eigenes && (verbaende.size > 1 || bezeichnungen.size > 1))) {
      throw new Error(
        `Neue Gemeinde ${ags}: Vorgänger gehören zu verschiedenen Ämtern oder haben verschiedene Bezeichnungen; ` +
          `bitte prüfen`,
      );
    }
    const amt = verbandVonRegionalschluessel(basis.rs);
    const kreis = kreisVon(ags);
    const kreisfrei = kreisnamen.get(kreis)?.bezeichnung === 'Kreisfreie Stadt';
    verbandVon.set(ags, amt);
    gemeinden.push({
      schluessel: ags,
      ebene: 'gemeinde',
      name: zuordnung.namen.get(ags) ?? basis.name,
      bezeichnung: basis.bezeichnung,
      art: kreisfrei ? 'kreisfrei' : istAmtsangehoerig(basis.rs) ? 'amtsangehörig' : 'amtsfrei',
      kreis,
      ...(istAmtsangehoerig(basis.rs) ? { amt } : {}),
    });
  }
  gemeinden.sort((a, b) => a.schluessel.localeCompare(b.schluessel));
  return { gemeinden, verbandVon };
}

/** The Kreise with their Gemeinden; a kreisfreie Stadt names its one Gemeinde. */
function kreiseAus(kreise: ReadonlyMap<string, readonly Gebiet[]>, namen: Namen): Gebiet[] {
  return [...kreise].map(([schluessel, mitglieder]) => {
    const k = pflicht(namen, schluessel, 'Kreis');
    const kreisfrei = k.bezeichnung === 'Kreisfreie Stadt';
    const gemeinde = kreisfrei ? mitglieder[0]?.schluessel : undefined;
    return {
      schluessel,
      ebene: 'kreis',
      name: k.name,
      bezeichnung: k.bezeichnung,
      art: kreisfrei ? 'kreisfrei' : 'landkreis',
      ...(gemeinde ? { gemeinde } : {}),
    };
  });
}

/** The Amt level: Ämter, and amtsfreie Gemeinden and kreisfreie Städte as units of one Gemeinde. */
function aemterAus(aemter: ReadonlyMap<string, readonly Gebiet[]>, namen: Namen): Gebiet[] {
  return [...aemter].map(([schluessel, mitglieder]) => {
    const v = pflicht(namen, schluessel, 'Verwaltungsgemeinschaft');
    const [erste] = mitglieder;
    const einzel = mitglieder.length === 1 && erste && erste.art !== 'amtsangehörig' ? erste : undefined;
    return {
      schluessel,
      ebene: 'amt',
      name: v.name,
      bezeichnung: v.bezeichnung,
      art: einzel ? (einzel.art === 'kreisfrei' ? 'kreisfrei' : 'amtsfrei') : 'amt',
      kreis: kreisVon(schluessel),
      ...(einzel ? { gemeinde: einzel.schluessel } : {}),
    };
  });
}

type Flaechengeometrie = GeometryObject & { type: 'Polygon' | 'MultiPolygon' };

/** One MultiPolygon from several geometries of the same topology, inner borders dissolved. */
const verschmelze = (roh: Topology, geometrien: readonly GeometryObject[]): MultiPolygon =>
  mergeArcs(roh as never, geometrien as never) as unknown as MultiPolygon;

/**
 * The source Gemeinden (object `alt`, id = AGS) and the water (`wasserAlt`) in one fine topology: the
 * coastline is one shared arc, and every later level is merged from these arcs.
 */
function rohTopologie(quelle: ReadonlyMap<string, Vg250Eintrag>, wasser: readonly Flaeche[]) {
  const alt: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...quelle].map(([ags, e]) => ({ type: 'Feature', id: ags, properties: {}, geometry: e.geometrie })),
  };
  const wasserAlt: FeatureCollection = {
    type: 'FeatureCollection',
    features: wasser.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const roh = topology({ alt, wasserAlt }, 1e6) as unknown as Topology;
  const geometrienVon = (objekt: string) => (roh.objects[objekt] as { geometries: Flaechengeometrie[] }).geometries;
  return { roh, alt: new Map(geometrienVon('alt').map((g) => [String(g.id), g])), wasser: geometrienVon('wasserAlt') };
}

function baueTopologie(
  quelle: ReadonlyMap<string, Vg250Eintrag>,
  teile: ReadonlyMap<string, string[]>,
  gebiete: readonly Gebiet[],
  mitglieder: ReadonlyMap<string, readonly Gebiet[]>,
  wasser: { name: string; flaechen: readonly Flaeche[] },
  einstellungen: Einstellungen,
): Topology {
  const { roh, alt: altGeometrien, wasser: wasserGeometrien } = rohTopologie(quelle, wasser.flaechen);
  const gemeindeGeometrie = new Map(
    [...teile].map(([ags, alte]) => [
      ags,
      verschmelze(
        roh,
        alte.map((a) => pflicht(altGeometrien, a, 'Fläche')),
      ),
    ]),
  );
  const geometrie = (g: Gebiet): MultiPolygon =>
    g.ebene === 'gemeinde'
      ? pflicht(gemeindeGeometrie, g.schluessel, 'Gemeinde')
      : verschmelze(
          roh,
          pflicht(mitglieder, g.schluessel, 'Gebiet').map((x) => pflicht(gemeindeGeometrie, x.schluessel, 'Gemeinde')),
        );
  const objekt = (e: Gebiet['ebene']) => ({
    type: 'GeometryCollection' as const,
    geometries: gebiete
      .filter((g) => g.ebene === e)
      .map((g) => ({ ...geometrie(g), id: g.schluessel, properties: { name: g.name } })),
  });
  const wasserObjekt = {
    type: 'GeometryCollection' as const,
    geometries: [{ ...verschmelze(roh, wasserGeometrien), id: 'wasser', properties: { name: wasser.name } }],
  };
  const gestuft = entferneUngenutzteBoegen({
    type: 'Topology',
    bbox: roh.bbox,
    transform: roh.transform,
    arcs: roh.arcs,
    objects: {
      gemeinden: objekt('gemeinde'),
      aemter: objekt('amt'),
      kreise: objekt('kreis'),
      land: objekt('land'),
      ...(wasser.flaechen.length > 0 ? { wasser: wasserObjekt } : {}),
    },
  } as Topology);
  return vereinfache(gestuft, einstellungen.anteil, einstellungen.quantisierung);
}

function namenNachSchluessel(features: readonly Feature[], laenge: number, land: string): Namen {
  const m = new Map<string, { name: string; bezeichnung: string }>();
  for (const e of landflaechen(features, land)) {
    m.set(e.rs.slice(0, laenge), { name: e.name, bezeichnung: e.bezeichnung });
  }
  return m;
}

function pflicht<T>(m: ReadonlyMap<string, T>, s: string, was: string): T {
  const x = m.get(s);
  if (!x) throw new Error(`${was} ${s} fehlt in der Quelle`);
  return x;
}

function gruppiere<T>(xs: readonly T[], schluessel: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const s = schluessel(x);
    m.set(s, [...(m.get(s) ?? []), x]);
  }
  return new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
}
