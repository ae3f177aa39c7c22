/**
 * The answer templates: return files with a row for every Gebiet of one level, key and name
 * filled in, and a column for every question put to that level; and a blank one with all
 * questions and no rows.
 */
import type { Gebiet, Register } from '../gebiete/register.ts';
import { anzeigeName } from '../gebiete/namen.ts';
import type { FrageZeile } from '../schema/musterabfrage.ts';
import { abfrageEbene } from './antwort.ts';
import { rueckmeldungCsv } from './rueckmeldung.ts';
import type { AbfrageEbene } from './vokabular.ts';

export interface Vorlage {
  /** File name without .csv, under /musterabfrage/. */
  name: string;
  titel: string;
  ebene?: AbfrageEbene | undefined;
}

export const VORLAGEN: readonly Vorlage[] = [
  { name: 'vorlage-kreise', titel: 'Kreise und kreisfreie Städte', ebene: 'kreis' },
  { name: 'vorlage-aemter', titel: 'Ämter', ebene: 'amt' },
  { name: 'vorlage-gemeinden', titel: 'Gemeinden', ebene: 'gemeinde' },
  { name: 'vorlage-leer', titel: 'leer, mit allen Fragen' },
];

/** Every Gebiet that answers for itself, with its level, sorted by key. */
export function antwortendeGebiete(gebiete: readonly Gebiet[]): { gebiet: Gebiet; ebene: AbfrageEbene }[] {
  return gebiete
    .map((gebiet) => ({ gebiet, ebene: abfrageEbene(gebiet) }))
    .filter((x): x is { gebiet: Gebiet; ebene: AbfrageEbene } => x.ebene !== undefined)
    .sort((a, b) => a.gebiet.schluessel.localeCompare(b.gebiet.schluessel));
}

/**
 * Gemeinden that answer as a Kreis (the kreisfreie Städte): they are on the map's Gemeinde count but in
 * the template for Kreise, which is why the Gemeinden template has fewer rows than the map has Gemeinden.
 */
export function alsKreisGefragt(gebiete: readonly Gebiet[]): Gebiet[] {
  return antwortendeGebiete(gebiete)
    .filter((x) => x.gebiet.ebene === 'gemeinde' && x.ebene === 'kreis')
    .map((x) => x.gebiet);
}

/** The questions of a template in questionnaire order: those put to its level, or all. */
export function fragenDerVorlage(v: Vorlage, fragen: readonly FrageZeile[]): FrageZeile[] {
  return v.ebene === undefined ? [...fragen] : fragen.filter((f) => f.ebenen.includes(v.ebene!));
}

export function vorlageCsv(v: Vorlage, gebiete: readonly Gebiet[], fragen: readonly FrageZeile[]): string {
  const zeilen =
    v.ebene === undefined
      ? []
      : antwortendeGebiete(gebiete)
          .filter((x) => x.ebene === v.ebene)
          .map(({ gebiet }) => ({ gebiet: gebiet.schluessel, name: gebiet.name }));
  return rueckmeldungCsv(
    fragenDerVorlage(v, fragen).map((f) => f.id),
    zeilen,
  );
}

/**
 * The map's name, for Gemeinden with what tells namesakes apart: "Neuenkirchen (Amt Landhagen)", "Greifswald
 * (amtsfrei)".
 */
export function gebietMitZusatz(g: Gebiet, register: Register): string {
  if (g.ebene !== 'gemeinde') return anzeigeName(g);
  const zusatz =
    g.art === 'amtsangehörig'
      ? anzeigeName(register.get(g.amt!)!)
      : g.art === 'amtsfrei'
        ? 'amtsfrei'
        : 'kreisfreie Stadt';
  return `${g.name} (${zusatz})`;
}
