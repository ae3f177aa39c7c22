import { datenSchluessel, eltern, type Gebiet, type Register } from './gebiete.ts';

/**
 * How pages name a Gebiet. The register keeps the short VG250 name ("Greifswald") and the
 * designation ("Stadt"); honorifics such as "Hansestadt" are not in it, so none are made up here.
 */

/** "amtsangehörige Gemeinde", "amtsfreie Stadt", "kreisfreie Stadt", "Amt", "Landkreis", "Land". */
export function artName(g: Gebiet): string {
  if (g.ebene !== 'gemeinde') return g.art === 'kreisfrei' ? 'kreisfreie Stadt' : g.bezeichnung;
  if (g.art === 'kreisfrei') return 'kreisfreie Stadt';
  return `${g.art === 'amtsfrei' ? 'amtsfreie' : 'amtsangehörige'} ${g.bezeichnung}`;
}

/** "Amt Landhagen", "Landkreis Rostock", "Stadt Greifswald", "Gemeinde Benz"; the Land by its name. */
export function vollerName(g: Gebiet): string {
  return g.ebene === 'land' ? g.name : `${g.ebene === 'kreis' && g.art === 'kreisfrei' ? 'Stadt' : g.bezeichnung} ${g.name}`;
}

/** The name of the official key at each Ebene. */
export const SCHLUESSEL_NAMEN: Record<Gebiet['ebene'], string> = {
  land: 'Landesschlüssel',
  kreis: 'Kreisschlüssel',
  amt: 'Verbandsschlüssel',
  gemeinde: 'Gemeindeschlüssel (AGS)',
};

/** Where a Gebiet lies, for telling namesakes apart: "Amt Landhagen, Landkreis Vorpommern-Greifswald". */
export function lage(register: Register, g: Gebiet): string {
  return eltern(register, g)
    .filter((e) => e.ebene !== 'land' && datenSchluessel(e) !== datenSchluessel(g))
    .map(vollerName)
    .join(', ');
}
