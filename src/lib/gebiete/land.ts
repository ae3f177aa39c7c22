/**
 * The Land a build is about. Everything below the pages takes its Land from here or as a
 * parameter, so the same code can build the register and the geometry of another Land from the
 * same VG250 package (tested with Brandenburg).
 */
export interface Land {
  /** Landesschlüssel, the first two digits of every key in the Land. */
  schluessel: string;
  name: string;
  /** Stem of the geometry file name: `<stamm>.topo.json`. */
  dateistamm: string;
  /** Central meridian of the map projection, degrees east: keeps the Land's familiar shape. */
  mittelmeridian: number;
  /** Name of the water areas (GF 1 and 2 of the Länder layer) drawn on the map for orientation. */
  wasser: string;
  /** Width to height of the main map, fitted to the Land's outline. */
  kartenformat: { breite: number; hoehe: number };
}

export const MECKLENBURG_VORPOMMERN: Land = {
  schluessel: '13',
  name: 'Mecklenburg-Vorpommern',
  dateistamm: 'mv',
  // Close to UTM zone 33.
  mittelmeridian: 12.5,
  wasser: 'Küstenmeer, Bodden und Haff',
  kartenformat: { breite: 800, hoehe: 560 },
};

/** The Land of this site. */
export const LAND: Land = MECKLENBURG_VORPOMMERN;
