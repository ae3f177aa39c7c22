import type { Feature, FeatureCollection } from 'geojson';
import type { GeometryObject, MultiPolygon, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { mergeArcs } from 'topojson-client';
import type { Fehler } from '../csv/fehler.ts';
import type { Gebiet } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { GebietsaenderungZeile } from '../schema/gebietsaenderungen.ts';
import { istAmtsangehoerig, kreisVon, LANDESSCHLUESSEL, verbandVonRegionalschluessel } from '../gebiete/schluessel.ts';
import { wendeAenderungenAn } from './aenderungen.ts';
import { mvLandflaechen, mvWasserflaechen, type Flaeche, type Vg250Eintrag } from './quelle.ts';
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

/**
 * VG250 Gemeinden + change list → today's Gemeinden, with Ämter, Kreise and the Land merged
 * from them so that borders coincide at every level (as us-atlas's topomerge does).
 */
export function baueGeodaten(
  vg250: Vg250,
  aenderungen: readonly GepruefteZeile<GebietsaenderungZeile>[],
  einstellungen: Einstellungen = STANDARD,
): PipelineErgebnis {
  const quelle = new Map<string, Vg250Eintrag>();
  for (const e of mvLandflaechen(vg250.gemeinden)) {
    const ags = e.rs.slice(0, 5) + e.rs.slice(9);
    if (quelle.has(ags)) throw new Error(`Gemeinde ${ags} hat in der Quelle mehr als eine Landfläche`);
    quelle.set(ags, e);
  }
  const { zuordnung, fehler } = wendeAenderungenAn(new Set(quelle.keys()), aenderungen, vg250.gebietsstand);
  if (fehler.length > 0) return { ok: false, fehler };

  const verbandsnamen = namenNachSchluessel(vg250.verwaltungsgemeinschaften, 9);
  const kreisnamen = namenNachSchluessel(vg250.kreise, 5);

  const gemeinden: Gebiet[] = [];
  const verbandVon = new Map<string, string>();
  for (const [ags, teile] of zuordnung.teile) {
    const eintraege = teile.map((t) => quelle.get(t)!);
    const eigenes = quelle.get(ags);
    const verbaende = new Set(eintraege.map((e) => verbandVonRegionalschluessel(e.rs)));
    const bezeichnungen = new Set(eintraege.map((e) => e.bezeichnung));
    if (!eigenes && (verbaende.size > 1 || bezeichnungen.size > 1)) {
      throw new Error(
        `Neue Gemeinde ${ags}: Vorgänger gehören zu verschiedenen Ämtern oder haben verschiedene Bezeichnungen; ` +
          `bitte prüfen`,
      );
    }
    const basis = eigenes ?? eintraege[0]!;
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

  const aemter = gruppiere(gemeinden, (g) => verbandVon.get(g.schluessel)!);
  const kreise = gruppiere(gemeinden, (g) => g.kreis!);

  const gebiete: Gebiet[] = [
    { schluessel: LANDESSCHLUESSEL, ebene: 'land', name: 'Mecklenburg-Vorpommern', bezeichnung: 'Land', art: 'land' },
  ];
  for (const [schluessel, mitglieder] of kreise) {
    const k = pflicht(kreisnamen, schluessel, 'Kreis');
    const kreisfrei = k.bezeichnung === 'Kreisfreie Stadt';
    gebiete.push({
      schluessel,
      ebene: 'kreis',
      name: k.name,
      bezeichnung: k.bezeichnung,
      art: kreisfrei ? 'kreisfrei' : 'landkreis',
      ...(kreisfrei ? { gemeinde: mitglieder[0]!.schluessel } : {}),
    });
  }
  for (const [schluessel, mitglieder] of aemter) {
    const v = pflicht(verbandsnamen, schluessel, 'Verwaltungsgemeinschaft');
    const einzel = mitglieder.length === 1 && mitglieder[0]!.art !== 'amtsangehörig' ? mitglieder[0]! : undefined;
    gebiete.push({
      schluessel,
      ebene: 'amt',
      name: v.name,
      bezeichnung: v.bezeichnung,
      art: einzel ? (einzel.art === 'kreisfrei' ? 'kreisfrei' : 'amtsfrei') : 'amt',
      kreis: kreisVon(schluessel),
      ...(einzel ? { gemeinde: einzel.schluessel } : {}),
    });
  }
  gebiete.push(...gemeinden);
  gebiete.sort((a, b) => a.schluessel.length - b.schluessel.length || a.schluessel.localeCompare(b.schluessel));

  const mitglieder = new Map<string, readonly Gebiet[]>([[LANDESSCHLUESSEL, gemeinden], ...kreise, ...aemter]);
  const wasser = vg250.laender ? mvWasserflaechen(vg250.laender).map((e) => e.geometrie) : [];
  const topologie = baueTopologie(quelle, zuordnung.teile, gebiete, mitglieder, wasser, einstellungen);
  return { ok: true, geodaten: { topologie, gebiete } };
}

function baueTopologie(
  quelle: ReadonlyMap<string, Vg250Eintrag>,
  teile: ReadonlyMap<string, string[]>,
  gebiete: readonly Gebiet[],
  mitglieder: ReadonlyMap<string, readonly Gebiet[]>,
  wasser: readonly Flaeche[],
  einstellungen: Einstellungen,
): Topology {
  const alt: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...quelle].map(([ags, e]) => ({ type: 'Feature', id: ags, properties: {}, geometry: e.geometrie })),
  };
  // Water in the same topology, so the coastline is one shared arc with the Gemeinden.
  const wasserAlt: FeatureCollection = {
    type: 'FeatureCollection',
    features: wasser.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const roh = topology({ alt, wasserAlt }, 1e6) as unknown as Topology;
  const altGeometrien = new Map(
    (roh.objects.alt as { geometries: GeometryObject[] }).geometries.map((g) => [
      String(g.id),
      g as GeometryObject & { type: 'Polygon' | 'MultiPolygon' },
    ]),
  );

  const name = new Map(gebiete.map((g) => [g.schluessel, g.name]));
  const gemeindeGeometrie = new Map<string, MultiPolygon>();
  for (const [ags, alte] of teile) {
    gemeindeGeometrie.set(
      ags,
      mergeArcs(roh as never, alte.map((a) => altGeometrien.get(a)!) as never) as unknown as MultiPolygon,
    );
  }
  const ebene = (e: Gebiet['ebene']) => gebiete.filter((g) => g.ebene === e);
  const objekt = (e: Gebiet['ebene']) => ({
    type: 'GeometryCollection' as const,
    geometries: ebene(e).map((g) => ({
      ...(e === 'gemeinde'
        ? gemeindeGeometrie.get(g.schluessel)!
        : (mergeArcs(
            roh as never,
            mitglieder.get(g.schluessel)!.map((x) => gemeindeGeometrie.get(x.schluessel)!) as never,
          ) as unknown as MultiPolygon)),
      id: g.schluessel,
      properties: { name: name.get(g.schluessel)! },
    })),
  });
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
      ...(wasser.length > 0
        ? {
            wasser: {
              type: 'GeometryCollection' as const,
              geometries: [
                {
                  ...(mergeArcs(
                    roh as never,
                    (roh.objects.wasserAlt as { geometries: GeometryObject[] }).geometries as never,
                  ) as unknown as MultiPolygon),
                  id: 'wasser',
                  properties: { name: 'Küstenmeer, Bodden und Haff' },
                },
              ],
            },
          }
        : {}),
    },
  } as Topology);
  return vereinfache(gestuft, einstellungen.anteil, einstellungen.quantisierung);
}

function namenNachSchluessel(
  features: readonly Feature[],
  laenge: number,
): Map<string, { name: string; bezeichnung: string }> {
  const m = new Map<string, { name: string; bezeichnung: string }>();
  for (const e of mvLandflaechen(features)) {
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
