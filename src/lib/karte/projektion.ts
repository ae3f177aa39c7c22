import { geoPath, geoTransverseMercator, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { LAND } from '../gebiete/land.ts';

/**
 * Transverse Mercator around the Land's central meridian: conformal and close to its UTM zone, so
 * the Land keeps its familiar shape. (Web Mercator would stretch it north-south.)
 */
export function landProjektion(
  breite: number,
  hoehe: number,
  umriss: GeoPermissibleObjects,
  rand = 8,
  mittelmeridian = LAND.mittelmeridian,
): GeoProjection {
  return geoTransverseMercator()
    .rotate([-mittelmeridian, 0])
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
