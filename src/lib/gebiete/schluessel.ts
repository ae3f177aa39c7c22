/**
 * Official keys of the Gebiete in MV, always kept as text because of leading zeros.
 * The length alone tells the Ebene: Land 2, Kreis 5, Gemeinde 8 (AGS), Amt 9 (Verbandsschlüssel).
 */

export type Ebene = 'land' | 'kreis' | 'amt' | 'gemeinde';

/** Key of Mecklenburg-Vorpommern (Landesschlüssel). */
export const LANDESSCHLUESSEL = '13';

const MUSTER: Record<Ebene, RegExp> = {
  land: /^13$/,
  kreis: /^13\d{3}$/,
  gemeinde: /^13\d{6}$/,
  amt: /^13\d{7}$/,
};

/** The Ebene of a key, or undefined if it is no MV key at all. */
export function ebeneVon(schluessel: string): Ebene | undefined {
  for (const ebene of Object.keys(MUSTER) as Ebene[]) {
    if (MUSTER[ebene].test(schluessel)) return ebene;
  }
  return undefined;
}

/** Kreisschlüssel (5 digits) of a Gemeinde, Amt or Kreis key. */
export function kreisVon(schluessel: string): string {
  return schluessel.slice(0, 5);
}

/**
 * Verbandsschlüssel (9 digits) from a 12-digit Regionalschlüssel (RS/ARS): Land, Kreis and the
 * four-digit Gemeindeverband. In MV the Gemeindeverband is the Amt; amtsfreie Gemeinden and
 * kreisfreie Städte form an Amt-level unit of their own.
 */
export function verbandVonRegionalschluessel(rs: string): string {
  if (!/^13\d{10}$/.test(rs)) throw new Error(`Regionalschlüssel "${rs}" hat nicht 12 Ziffern`);
  return rs.slice(0, 9);
}

/** The 6th digit of the Regionalschlüssel is 5 for amtsangehörige Gemeinden. */
export function istAmtsangehoerig(rs: string): boolean {
  return rs.charAt(5) === '5';
}
