import { datenSchluessel, eltern, type Gebiet, type Register } from './register.ts';

/**
 * How the site names and describes a Gebiet. Honorifics such as "Hansestadt" are not in the
 * register, so none are made up here.
 */

/**
 * The name the whole site uses: Ämter and Landkreise with their designation ("Amt Landhagen", "Landkreis Rostock"),
 * Gemeinden and Städte plain.
 */
export function anzeigeName(g: Gebiet): string {
  if (g.ebene === 'amt' && g.art === 'amt') return `Amt ${g.name}`;
  if (g.ebene === 'kreis' && g.art === 'landkreis') return `Landkreis ${g.name}`;
  return g.name;
}

/** "amtsangehörige Gemeinde", "amtsfreie Stadt", "kreisfreie Stadt", "Amt", "Landkreis", "Land". */
export function artName(g: Gebiet): string {
  if (g.ebene !== 'gemeinde') return g.art === 'kreisfrei' ? 'kreisfreie Stadt' : g.bezeichnung;
  if (g.art === 'kreisfrei') return 'kreisfreie Stadt';
  return `${g.art === 'amtsfrei' ? 'amtsfreie' : 'amtsangehörige'} ${g.bezeichnung}`;
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
    .map(anzeigeName)
    .join(', ');
}
