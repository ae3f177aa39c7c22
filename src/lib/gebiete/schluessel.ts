import { LAND } from './land.ts';

/**
 * Official keys of the Gebiete of a Land, always kept as text because of leading zeros.
 * The length alone tells the Ebene: Land 2, Kreis 5, Gemeinde 8 (AGS), Amt 9 (Verbandsschlüssel).
 */

export type Ebene = 'land' | 'kreis' | 'amt' | 'gemeinde';

/** Key of the site's Land (Landesschlüssel). */
export const LANDESSCHLUESSEL = LAND.schluessel;

/** Digits after the Landesschlüssel, per Ebene. */
const STELLEN: Record<Ebene, number> = { land: 0, kreis: 3, gemeinde: 6, amt: 7 };

/** The pattern of all keys of a Land, as a regular expression's source (also published in the Table Schema). */
export function schluesselMuster(land: string = LANDESSCHLUESSEL): string {
  return `^${land}(\\d{3}|\\d{6}|\\d{7})?$`;
}

/** The pattern of the keys of one Ebene of a Land. */
export function ebenenMuster(ebene: Ebene, land: string = LANDESSCHLUESSEL): string {
  return STELLEN[ebene] === 0 ? `^${land}$` : `^${land}\\d{${STELLEN[ebene]}}$`;
}

/** The Ebene of a key, or undefined if it is no key of the Land at all. */
export function ebeneVon(schluessel: string, land: string = LANDESSCHLUESSEL): Ebene | undefined {
  if (!schluessel.startsWith(land) || !/^\d+$/.test(schluessel)) return undefined;
  const stellen = schluessel.length - land.length;
  return (Object.keys(STELLEN) as Ebene[]).find((e) => STELLEN[e] === stellen);
}

/** The Landesschlüssel of any key: its first two digits. */
export function landVon(schluessel: string): string {
  return schluessel.slice(0, 2);
}

/** Whether a key names a Land itself (two digits), of whichever Land. */
export function istLandesschluessel(schluessel: string): boolean {
  return /^\d{2}$/.test(schluessel);
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
  if (!/^\d{12}$/.test(rs)) throw new Error(`Regionalschlüssel "${rs}" hat nicht 12 Ziffern`);
  return rs.slice(0, 9);
}

/** The 6th digit of the Regionalschlüssel is 5 for amtsangehörige Gemeinden. */
export function istAmtsangehoerig(rs: string): boolean {
  return rs.charAt(5) === '5';
}
