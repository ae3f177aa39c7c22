import { landVon, type Ebene } from './schluessel.ts';

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

/**
 * The key under which data about a Gebiet is kept: a kreisfreie Stadt's Kreis and an amtsfreie
 * Gemeinde's Amt-level unit are the same body as the Gemeinde, so their data sits under its AGS.
 */
export function datenSchluessel(g: Gebiet): string {
  return g.gemeinde ?? g.schluessel;
}

/** Parents from the nearest up: Amt (if amtsangehörig), Kreis, Land. */
export function eltern(register: Register, g: Gebiet): Gebiet[] {
  const schluessel = g.ebene === 'land' ? [] : [g.amt, g.kreis, landVon(g.schluessel)];
  return schluessel.filter((s): s is string => s !== undefined && s !== g.schluessel).map((s) => register.get(s)!);
}

/** Direct members: the Gemeinden of an Amt or Kreis (of a kreisfreie Stadt: itself), all Gemeinden of the Land. */
export function gemeindenVon(gebiete: readonly Gebiet[], g: Gebiet): Gebiet[] {
  const gemeinden = gebiete.filter((x) => x.ebene === 'gemeinde');
  switch (g.ebene) {
    case 'land':
      return gemeinden;
    case 'kreis':
      return gemeinden.filter((x) => x.kreis === g.schluessel);
    case 'amt':
      return gemeinden.filter((x) => x.amt === g.schluessel || x.schluessel === g.gemeinde);
    case 'gemeinde':
      return [g];
  }
}
