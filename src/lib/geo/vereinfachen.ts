import type { GeometryObject, Topology } from 'topojson-specification';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';

/**
 * Simplification that keeps every shape: Visvalingam weights as in topojson-simplify, but a ring
 * that would fall below three distinct points keeps its most important points whatever the
 * threshold. Plain `simplify` would let small Gemeinden and islands collapse to nothing.
 */
export function vereinfache(topologie: Topology, anteil: number, quantisierung: number): Topology {
  const gewichtet = presimplify(topologie as never, sphericalTriangleArea) as unknown as Topology;
  const schwelle = quantile(gewichtet as never, anteil);
  const boegen = gewichtet.arcs as unknown as number[][][];
  for (const objekt of Object.values(gewichtet.objects)) {
    for (const ring of ringe(objekt as GeometryObject)) bewahreRing(ring, boegen, schwelle);
  }
  const vereinfacht = simplify(gewichtet as never, schwelle) as unknown as Topology;
  return quantize(vereinfacht as never, quantisierung) as unknown as Topology;
}

/** All rings (as lists of arc indices) of a Polygon, MultiPolygon or GeometryCollection. */
export function ringe(g: GeometryObject): number[][] {
  switch (g.type) {
    case 'Polygon':
      return g.arcs;
    case 'MultiPolygon':
      return g.arcs.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap((x) => ringe(x));
    default:
      return [];
  }
}

function bewahreRing(ring: readonly number[], boegen: number[][][], schwelle: number): void {
  const bogen = (i: number) => boegen[i < 0 ? ~i : i]!;
  const behalten = () =>
    ring.reduce(
      (n, i) =>
        n +
        bogen(i)
          .slice(0, -1)
          .filter((p) => p[2]! >= schwelle).length,
      0,
    );
  while (behalten() < 3) {
    let bester: number[] | undefined;
    for (const i of ring) {
      for (const p of bogen(i).slice(1, -1)) if (p[2]! < schwelle && (!bester || p[2]! > bester[2]!)) bester = p;
    }
    if (!bester) return;
    bester[2] = Infinity;
  }
}

/** Drops arcs no object uses any more (the borders between merged Gemeinden) and renumbers the rest. */
export function entferneUngenutzteBoegen(topologie: Topology): Topology {
  const genutzt = new Set<number>();
  for (const objekt of Object.values(topologie.objects)) {
    for (const ring of ringe(objekt as GeometryObject)) for (const i of ring) genutzt.add(i < 0 ? ~i : i);
  }
  const neuerIndex = new Map<number, number>();
  const arcs = topologie.arcs.filter((_, i) => {
    if (genutzt.has(i)) neuerIndex.set(i, neuerIndex.size);
    return genutzt.has(i);
  });
  const umschreiben = (i: number) => (i < 0 ? ~neuerIndex.get(~i)! : neuerIndex.get(i)!);
  const schreibe = (g: GeometryObject): GeometryObject => {
    switch (g.type) {
      case 'Polygon':
        return { ...g, arcs: g.arcs.map((r) => r.map(umschreiben)) };
      case 'MultiPolygon':
        return { ...g, arcs: g.arcs.map((p) => p.map((r) => r.map(umschreiben))) };
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map(schreibe) };
      default:
        return g;
    }
  };
  const objects = Object.fromEntries(
    Object.entries(topologie.objects).map(([k, o]) => [k, schreibe(o as GeometryObject)]),
  );
  return { ...topologie, arcs, objects } as Topology;
}
