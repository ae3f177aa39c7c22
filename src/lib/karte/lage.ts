import { geoArea, geoCentroid, geoContains, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { mesh } from 'topojson-client';
import type { Gebiet } from '../gebiete/register.ts';
import { kanten } from '../geo/geojson.ts';
import { istLandesschluessel, landVon } from '../gebiete/schluessel.ts';
import { flaechen, innereGrenzen, umriss } from './ebenen.ts';
import { landProjektion, pfadGenerator } from './projektion.ts';

/**
 * The small locator map of a Gebiet page as SVG path data: a Gemeinde or Amt inside its Kreis,
 * a Kreis or kreisfreie Stadt inside the Land. Paths only, so the page needs no script.
 */
export interface Lagekarte {
  breite: number;
  hoehe: number;
  /** Key of the frame: the Kreis, or the Land's key. */
  rahmen: string;
  /** The frame's area, filled. */
  flaeche: string;
  /** Thin inner borders: the Gemeinden of the Kreis (empty in the Land frame). */
  feineGrenzen: string;
  /** Stronger inner borders: the Ämter of the Kreis, or the Kreise of the Land. */
  grenzen: string;
  /** The Gebiet itself; empty on the Land's own page. */
  hervorgehoben: string;
  /** Centre of the Gebiet, for a ring that makes even the smallest Gemeinde findable. */
  mitte: [number, number] | null;
}

type Objekt = 'gemeinden' | 'aemter' | 'kreise' | 'land';
type Flaeche = Feature<Polygon | MultiPolygon, { name: string }>;

const rund = (n: number) => Math.round(n * 10) / 10;

/** Frame and borders are the same for every page in one Kreis: computed once per build. */
type Rahmen = Omit<Lagekarte, 'hervorgehoben' | 'mitte'> & {
  projektion: GeoProjection;
  pfad: ReturnType<typeof pfadGenerator>;
};
const zwischenspeicher = new WeakMap<Topology, Map<string, Rahmen>>();

const verzeichnisse = new WeakMap<Topology, Map<Objekt, Map<string, Flaeche>>>();

/** One feature by key; each object is converted from TopoJSON once, not once per page. */
function flaecheVon(topologie: Topology, objekt: Objekt, schluessel: string): Flaeche {
  const je = verzeichnisse.get(topologie) ?? new Map<Objekt, Map<string, Flaeche>>();
  verzeichnisse.set(topologie, je);
  const verzeichnis = je.get(objekt) ?? new Map(flaechen(topologie, objekt).features.map((f) => [String(f.id), f]));
  je.set(objekt, verzeichnis);
  const f = verzeichnis.get(schluessel);
  if (!f) throw new Error(`Keine Fläche ${schluessel} in ${objekt}`);
  return f;
}

function innerhalb(topologie: Topology, objekt: 'gemeinden' | 'aemter', kreis: string) {
  const alle = topologie.objects[objekt] as GeometryCollection;
  const teil: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: alle.geometries.filter((x) => String(x.id).startsWith(kreis)),
  };
  return mesh(topologie, teil, (a, b) => a !== b);
}

function rahmenVon(topologie: Topology, rahmen: string, breite: number, hoehe: number) {
  const je = zwischenspeicher.get(topologie) ?? new Map<string, Rahmen>();
  zwischenspeicher.set(topologie, je);
  const schluessel = `${rahmen}:${breite}x${hoehe}`;
  const fertig = je.get(schluessel);
  if (fertig) return fertig;
  const land = istLandesschluessel(rahmen);
  const flaeche = land ? umriss(topologie) : flaecheVon(topologie, 'kreise', rahmen);
  const projektion = landProjektion(breite, hoehe, flaeche, 4);
  const pfad = pfadGenerator(projektion);
  const neu: Rahmen = {
    breite,
    hoehe,
    rahmen,
    flaeche: pfad(flaeche) ?? '',
    feineGrenzen: land ? '' : (pfad(innerhalb(topologie, 'gemeinden', rahmen)) ?? ''),
    grenzen: (land ? pfad(innereGrenzen(topologie, 'kreise')) : pfad(innerhalb(topologie, 'aemter', rahmen))) ?? '',
    projektion,
    pfad,
  };
  je.set(schluessel, neu);
  return neu;
}

/**
 * A point inside the Gebiet for the ring (longitude, latitude): the centre of its largest part,
 * or, where that centre falls outside (an Amt or Gemeinde wrapped around a town), the middle of
 * the widest stretch of that part on the centre's latitude.
 */
export function innenpunkt(flaeche: Feature<Polygon | MultiPolygon>): [number, number] {
  const teile: Polygon[] =
    flaeche.geometry.type === 'Polygon'
      ? [flaeche.geometry]
      : flaeche.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const groesster = teile.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const mitte = geoCentroid(groesster);
  if (geoContains(groesster, mitte)) return mitte;
  const breite = mitte[1];
  const schnitte: number[] = [];
  for (const ring of groesster.coordinates)
    for (const [x1, y1, x2, y2] of kanten(ring))
      if (y1 <= breite !== y2 <= breite) schnitte.push(x1 + ((breite - y1) / (y2 - y1)) * (x2 - x1));
  schnitte.sort((a, b) => a - b);
  // Between the 1st and 2nd crossing, the 3rd and 4th … the line runs inside.
  let beste: [number, number] = [schnitte[0]!, schnitte[1]!];
  for (let i = 2; i + 1 < schnitte.length; i += 2)
    if (schnitte[i + 1]! - schnitte[i]! > beste[1] - beste[0]) beste = [schnitte[i]!, schnitte[i + 1]!];
  return [(beste[0] + beste[1]) / 2, breite];
}

export function lagekarte(
  topologie: Topology,
  g: Gebiet,
  groesse: { breite: number; hoehe: number } = { breite: 320, hoehe: 240 },
): Lagekarte {
  const imLand = g.ebene === 'land' || g.ebene === 'kreis' || g.art === 'kreisfrei';
  const { projektion, pfad, ...rahmen } = rahmenVon(
    topologie,
    imLand ? landVon(g.schluessel) : g.kreis!,
    groesse.breite,
    groesse.hoehe,
  );
  if (g.ebene === 'land') return { ...rahmen, hervorgehoben: '', mitte: null };
  const objekt: Objekt = g.ebene === 'gemeinde' ? 'gemeinden' : g.ebene === 'amt' ? 'aemter' : 'kreise';
  const flaeche = flaecheVon(topologie, objekt, g.schluessel);
  const [x, y] = projektion(innenpunkt(flaeche))!;
  // A Kreis is large enough to be seen without a ring.
  return { ...rahmen, hervorgehoben: pfad(flaeche) ?? '', mitte: g.ebene === 'kreis' ? null : [rund(x), rund(y)] };
}
