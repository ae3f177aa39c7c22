import { geoPath, geoTransverseMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/**
 * Transverse Mercator around 12.5° E: conformal and close to UTM zone 33, so MV keeps its
 * familiar shape. (Web Mercator would stretch it north-south.)
 */
export function mvProjektion(breite: number, hoehe: number, umriss: GeoPermissibleObjects, rand = 8): GeoProjection {
  return geoTransverseMercator()
    .rotate([-12.5, 0])
    .fitExtent(
      [
        [rand, rand],
        [breite - rand, hoehe - rand],
      ],
      umriss,
    );
}

/** SVG path data with one decimal: sub-pixel precision is invisible and costs bytes. */
export function pfadGenerator(projektion: GeoProjection) {
  return geoPath(projektion).digits(1);
}
