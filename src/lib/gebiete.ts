import type { Ebene } from './schluessel.ts';

/**
 * How a Gebiet stands in the administrative structure:
 * - Gemeinde: amtsangehörig, amtsfrei or kreisfrei;
 * - Amt-level unit: a real Amt, or the Amt-level twin of an amtsfreie Gemeinde or kreisfreie Stadt;
 * - Kreis: Landkreis or kreisfreie Stadt.
 */
export type Gebietsart = 'land' | 'landkreis' | 'kreisfrei' | 'amt' | 'amtsfrei' | 'amtsangehörig';

/** One entry of the register: the foreign-key list for every data table. */
export interface Gebiet {
  /** Official key: Land 13, Kreisschlüssel (5), Verbandsschlüssel (9) or AGS (8). */
  schluessel: string;
  ebene: Ebene;
  /** Short name as in VG250 (GEN), without honorifics such as "Hansestadt". */
  name: string;
  /** Official designation (VG250 BEZ): Stadt, Gemeinde, Amt, Landkreis, Kreisfreie Stadt, Land. */
  bezeichnung: string;
  art: Gebietsart;
  /** Kreisschlüssel of the parent Kreis (Gemeinden, Ämter). */
  kreis?: string;
  /** Verbandsschlüssel of the Amt (amtsangehörige Gemeinden only). */
  amt?: string;
  /**
   * Where an Amt-level unit or a kreisfreie Stadt's Kreis is one Gemeinde, that Gemeinde's AGS.
   * Data about it is kept under the AGS only, so it cannot be stored twice.
   */
  gemeinde?: string;
}

export type Register = ReadonlyMap<string, Gebiet>;

export function registerAus(gebiete: readonly Gebiet[]): Register {
  return new Map(gebiete.map((g) => [g.schluessel, g]));
}

/** Ebene names in German, singular and plural, for messages and the UI. */
export const EBENEN_NAMEN: Record<Ebene, { einzahl: string; mehrzahl: string }> = {
  land: { einzahl: 'Land', mehrzahl: 'Land' },
  kreis: { einzahl: 'Kreis', mehrzahl: 'Kreise' },
  amt: { einzahl: 'Amt', mehrzahl: 'Ämter' },
  gemeinde: { einzahl: 'Gemeinde', mehrzahl: 'Gemeinden' },
};
