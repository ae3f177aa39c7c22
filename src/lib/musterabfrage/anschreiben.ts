/**
 * The letter of the Musterabfrage to one Verwaltung: recipient from the register, what is already
 * known about the Gebiet (so the Verwaltung only confirms or corrects), its questions, its personal
 * link. Pure: the pages render it, the mail-merge CSV lists it.
 */
import { csvZeilen } from '../csv/zeile.ts';
import { seitenPfad } from '../gebiete/adressen.ts';
import { anzeigeName } from '../gebiete/namen.ts';
import type { Gebiet, Register } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { AnschriftZeile, FrageZeile } from '../schema/musterabfrage.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import { herkunftVon, type Herkunft } from '../strukturen/beobachtungen.ts';
import { bewerte, type Kategorie, type Merkmal } from '../strukturen/merkmale.ts';
import { ZUORDNUNGEN } from './beobachtungen.ts';
import { nachThema } from './fragebogen.ts';
import { antwortendeGebiete } from './vorlage.ts';
import type { AbfrageEbene } from './vokabular.ts';

export interface Bekanntes {
  typ: Merkmal;
  kategorie: Kategorie;
  /** The Gebiet's own newest observation, if any. */
  beobachtung?: StrukturZeile | undefined;
  herkunft?: Herkunft | undefined;
  /** The Amt or Kreis whose structure covers the Gebiet ("über Amt oder Kreis"). */
  ueber?: { name: string; beobachtung: StrukturZeile } | undefined;
}

export interface Anschreiben {
  gebiet: Gebiet;
  ebene: AbfrageEbene;
  /** Kreisschlüssel of the Kreis page that prints this letter. */
  kreis: string;
  /** Official name from the register, e.g. "Amt Anklam-Land", and for amtsangehörige Gemeinden the Amt. */
  empfaenger: string[];
  anschrift?: AnschriftZeile | undefined;
  bekannt: Bekanntes[];
  themen: ReturnType<typeof nachThema>;
  /** Path of the prefilled form, relative to the site root (without base). */
  formular: string;
  /** Path of the letter page, relative to the site root (without base). */
  seite: string;
}

/** Official name as the register has it: designation and name ("Landkreis Vorpommern-Greifswald"). */
export function amtlicherName(g: Gebiet): string {
  return `${g.bezeichnung} ${g.name}`;
}

export function empfaengerZeilen(g: Gebiet, register: Register): string[] {
  const amt = g.amt === undefined ? undefined : register.get(g.amt);
  return amt ? [amtlicherName(g), `über das ${amtlicherName(amt)}`] : [amtlicherName(g)];
}

/** The Kreis whose print page carries a Gebiet's letter: a kreisfreie Stadt is its own Kreis. */
export function kreisVon(g: Gebiet): string {
  return g.ebene === 'kreis' ? g.schluessel : (g.kreis ?? g.schluessel);
}

export const formularPfad = (schluessel: string) => `musterabfrage/antworten/?gebiet=${schluessel}`;
export const anschreibenPfad = (schluessel: string) => `musterabfrage/anschreiben/${schluessel}/`;
export const kreisAnschreibenPfad = (kreis: string) => `musterabfrage/anschreiben/kreis/${kreis}/`;

export interface AnschreibenGrundlagen {
  gebiete: readonly Gebiet[];
  register: Register;
  beobachtungen: readonly GepruefteZeile<StrukturZeile>[];
  fragen: readonly FrageZeile[];
  anschriften: readonly GepruefteZeile<AnschriftZeile>[];
}

function bekanntes(gr: AnschreibenGrundlagen, g: Gebiet, ebene: AbfrageEbene): Bekanntes[] {
  const gestellt = new Set(gr.fragen.filter((f) => f.ebenen.includes(ebene)).map((f) => f.id));
  return ZUORDNUNGEN.filter((z) => gestellt.has(z.frage)).map((z) => {
    const b = bewerte(gr.beobachtungen, gr.register, g, z.typ);
    return {
      typ: z.typ,
      kategorie: b.kategorie,
      beobachtung: b.eigene?.daten,
      herkunft: b.eigene && herkunftVon(b.eigene),
      ueber: b.ueber && { name: anzeigeName(b.ueber.gebiet), beobachtung: b.ueber.zeile.daten },
    };
  });
}

/** Every letter, one per Gebiet that answers for itself, sorted by key. */
export function alleAnschreiben(gr: AnschreibenGrundlagen): Anschreiben[] {
  const anschrift = new Map<string, AnschriftZeile>();
  // The newest address per Gebiet.
  for (const { daten } of gr.anschriften)
    if ((anschrift.get(daten.gebiet)?.stand ?? '') <= daten.stand) anschrift.set(daten.gebiet, daten);
  return antwortendeGebiete(gr.gebiete).map(({ gebiet, ebene }) => ({
    gebiet,
    ebene,
    kreis: kreisVon(gebiet),
    empfaenger: empfaengerZeilen(gebiet, gr.register),
    anschrift: anschrift.get(gebiet.schluessel),
    bekannt: bekanntes(gr, gebiet, ebene),
    themen: nachThema(gr.fragen.filter((f) => f.ebenen.includes(ebene))),
    formular: formularPfad(gebiet.schluessel),
    seite: anschreibenPfad(gebiet.schluessel),
  }));
}

/** The mail-merge table: one row per letter, with recipient, address, personal link and letter. */
export function serienbriefCsv(
  anschreiben: readonly Anschreiben[],
  siteUrl: string,
  frist: string | undefined,
): string {
  const kopf = ['schluessel', 'ebene', 'empfaenger', 'empfaenger_zusatz', 'anschrift', 'link', 'anschreiben', 'frist'];
  const url = (pfad: string) => new URL(pfad, siteUrl).href;
  return csvZeilen(
    kopf,
    anschreiben.map((a) => [
      a.gebiet.schluessel,
      a.ebene,
      a.empfaenger[0] ?? '',
      a.empfaenger[1] ?? '',
      a.anschrift?.anschrift ?? '',
      url(a.formular),
      url(a.seite),
      frist ?? '',
    ]),
  );
}

/** Where a Gebiet's page lives, for "Ihre Seite im Integrationsatlas". */
export const gebietsSeite = (g: Gebiet) => seitenPfad(g, '');
