import type { Feature, Position } from 'geojson';
import { type Flaeche, landflaechen } from './quelle.ts';

/** A neighbouring Land, drawn in light grey around the map for orientation. */
export interface Nachbarland {
  schluessel: string;
  name: string;
  geometrie: Flaeche;
}

type Rahmen = [number, number, number, number];

/**
 * The other Länder (land parts) within `rand` degrees of the Land, from the same VG250 Länder layer.
 * Only a backdrop: points closer than `abstand` degrees (about two map units) are dropped and
 * rings far off the map are left out, so the cache and the page stay small.
 */
export function umgebung(laender: readonly Feature[], land: string, rand = 0.6, abstand = 0.008): Nachbarland[] {
  const eigene = landflaechen(laender, land).filter((e) => e.rs.length === 2);
  if (eigene.length === 0) return [];
  const r = erweitere(eigene.map((e) => rahmenVon(e.geometrie)).reduce(vereinige), rand);
  const je = new Map<string, Nachbarland>();
  for (const e of landflaechen(laender, '')) {
    if (e.rs.length !== 2 || e.rs === land) continue;
    const polygone = (e.geometrie.type === 'Polygon' ? [e.geometrie.coordinates] : e.geometrie.coordinates)
      .filter((p) => schneidet(rahmenVon({ type: 'Polygon', coordinates: p }), r))
      .map((p) => p.map((ring) => ausduenne(ring, abstand)).filter((ring) => ring.length >= 4))
      .filter((p) => p.length > 0);
    if (polygone.length === 0) continue;
    const bisher = je.get(e.rs);
    const alle = [...(bisher?.geometrie.type === 'MultiPolygon' ? bisher.geometrie.coordinates : []), ...polygone];
    je.set(e.rs, { schluessel: e.rs, name: e.name, geometrie: { type: 'MultiPolygon', coordinates: alle } });
  }
  return [...je.values()].sort((a, b) => a.schluessel.localeCompare(b.schluessel));
}

/**
 * A neighbouring country from Natural Earth (npm package world-atlas, ISC; the data are in the public
 * domain), for the side of the map VG250 does not cover: its parts within `rand` degrees of the Land.
 */
export function nachbarstaat(
  staat: Feature | undefined,
  name: string,
  laender: readonly Feature[],
  land: string,
  rand = 0.6,
): Nachbarland[] {
  const g = staat?.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
  const eigene = landflaechen(laender, land).filter((e) => e.rs.length === 2);
  if (eigene.length === 0) return [];
  const r = erweitere(eigene.map((e) => rahmenVon(e.geometrie)).reduce(vereinige), rand);
  const polygone = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((p) =>
    schneidet(rahmenVon({ type: 'Polygon', coordinates: p }), r),
  );
  return polygone.length > 0
    ? [{ schluessel: name, name, geometrie: { type: 'MultiPolygon', coordinates: polygone } }]
    : [];
}

/** Drops points closer than `abstand` to the last kept one; the ring stays closed. */
function ausduenne(ring: readonly Position[], abstand: number): Position[] {
  const aus: Position[] = [];
  for (const p of ring.slice(0, -1)) {
    const letzter = aus.at(-1);
    if (!letzter || Math.hypot(p[0]! - letzter[0]!, p[1]! - letzter[1]!) >= abstand) aus.push(p);
  }
  if (aus.length > 0) aus.push(aus[0]!);
  return aus;
}

function rahmenVon(g: Flaeche): Rahmen {
  const r: Rahmen = [Infinity, Infinity, -Infinity, -Infinity];
  const ringe = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of ringe)
    for (const [x, y] of ring as [number, number][]) {
      r[0] = Math.min(r[0], x);
      r[1] = Math.min(r[1], y);
      r[2] = Math.max(r[2], x);
      r[3] = Math.max(r[3], y);
    }
  return r;
}

const vereinige = (a: Rahmen, b: Rahmen): Rahmen => [
  Math.min(a[0], b[0]),
  Math.min(a[1], b[1]),
  Math.max(a[2], b[2]),
  Math.max(a[3], b[3]),
];
const erweitere = (r: Rahmen, d: number): Rahmen => [r[0] - d, r[1] - d, r[2] + d, r[3] + d];
const schneidet = (a: Rahmen, b: Rahmen) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
