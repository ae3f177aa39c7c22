/**
 * The vocabularies of the Musterabfrage tables (data/musterabfrage/), with the label and
 * explanation the site shows. Free of dependencies: the browser form imports them too.
 */
import type { Begriff } from '../schema/vokabular.ts';

export const ANTWORTTYPEN = [
  {
    wert: 'ja-nein',
    label: 'ja, nein, teilweise oder unbekannt',
    erklaerung: 'Eine der Antworten ja, nein, teilweise oder unbekannt.',
  },
  {
    wert: 'zahl',
    label: 'Zahl',
    erklaerung: 'Eine Zahl ohne Tausenderpunkt, bei Bedarf mit Dezimalpunkt (19.5), oder unbekannt.',
  },
  {
    wert: 'betrag',
    label: 'Betrag in Euro',
    erklaerung:
      'Euro mit Dezimalpunkt, z. B. 1234.56. 0 nur, wenn es wirklich nichts gibt; wer es nicht weiß, schreibt ' +
      'unbekannt.',
  },
  { wert: 'datum', label: 'Datum', erklaerung: 'JJJJ, JJJJ-MM oder JJJJ-MM-TT, so genau wie bekannt, oder unbekannt.' },
  { wert: 'text', label: 'Freitext', erklaerung: 'Eigene Worte, höchstens 2000 Zeichen, ohne Namen von Personen.' },
  { wert: 'auswahl', label: 'Auswahl', erklaerung: 'Eine der Antworten aus der Spalte optionen, oder unbekannt.' },
] as const satisfies readonly Begriff[];

export const JA_NEIN = [
  { wert: 'ja', label: 'ja', erklaerung: 'Trifft zu.' },
  { wert: 'nein', label: 'nein', erklaerung: 'Trifft nicht zu.' },
  {
    wert: 'teilweise',
    label: 'teilweise',
    erklaerung: 'Trifft zum Teil zu; die Hilfe zur Frage sagt, was damit gemeint ist.',
  },
  {
    wert: 'unbekannt',
    label: 'unbekannt',
    erklaerung: 'Wer antwortet, weiß es nicht. Das ist etwas anderes als „nein“.',
  },
] as const satisfies readonly Begriff[];

export const ANTWORTENDE = [
  {
    wert: 'Verwaltung',
    label: 'Verwaltung',
    erklaerung: 'Die Verwaltung des Gebiets (Kreis-, Amts- oder Gemeindeverwaltung) hat selbst geantwortet.',
  },
  {
    wert: 'Dritte',
    label: 'Dritte',
    erklaerung:
      'Jemand anderes hat die Antworten zusammengetragen, etwa ein Verein, eine Fraktion oder eine Einwohnerin, ' +
      'z. B. aus Beschlüssen oder dem Haushaltsplan. Die Quelle sagt, woher.',
  },
] as const satisfies readonly Begriff[];

/** The InTG topics of the questions; the values match the `thema` of data/intg-aussagen.csv where one fits. */
export const FRAGETHEMEN = [
  {
    wert: 'beirat',
    label: 'Migrations- und Integrationsbeirat',
    erklaerung: 'Gremium, in dem Menschen mit Einwanderungsgeschichte die Vertretung beraten.',
  },
  {
    wert: 'beauftragte',
    label: 'Integrationsbeauftragte',
    erklaerung: 'Eine Stelle oder ein Ehrenamt, zuständig für Integration.',
  },
  {
    wert: 'konzept',
    label: 'Integrationskonzept',
    erklaerung: 'Konzept, Leitlinien oder Handlungsprogramm zur Integration und ihre Auswertung.',
  },
  {
    wert: 'foerderung',
    label: 'Geld',
    erklaerung: 'Eigene Haushaltsmittel und Mittel aus dem Integrationsfonds des Landes.',
  },
  {
    wert: 'teilhabe',
    label: 'Angebote und Teilhabe',
    erklaerung: 'Sprachmittlung und Unterstützung von Migrantenselbstorganisationen.',
  },
  {
    wert: 'verwaltung',
    label: 'Verwaltung und Zusammenarbeit',
    erklaerung: 'Interkulturelle Öffnung der Verwaltung (Fortbildung, Personal) und Zusammenarbeit mit dem Kreis.',
  },
  { wert: 'ergaenzungen', label: 'Ergänzungen', erklaerung: 'Was die Antwortenden außerdem sagen möchten.' },
] as const satisfies readonly Begriff[];

/** Who is asked: each answering body counts on one level (see abfrageEbene). */
export const ABFRAGE_EBENEN = [
  {
    wert: 'kreis',
    label: 'Kreise und kreisfreie Städte',
    erklaerung: 'Die Landkreise und die kreisfreien Städte Rostock und Schwerin (diese unter ihrem Gemeindeschlüssel).',
  },
  {
    wert: 'amt',
    label: 'Ämter',
    erklaerung: 'Die Ämter, die die Verwaltung für ihre amtsangehörigen Gemeinden führen.',
  },
  {
    wert: 'gemeinde',
    label: 'Gemeinden',
    erklaerung: 'Amtsfreie und amtsangehörige Gemeinden (ohne die kreisfreien Städte, die als Kreis gefragt werden).',
  },
] as const satisfies readonly Begriff[];

export const FASSUNGEN = [
  {
    wert: 'Entwurf',
    label: 'Entwurf',
    erklaerung: 'Vorschlag, noch nicht abgestimmt; Änderungen per Pull Request sind willkommen.',
  },
  {
    wert: 'endgültig',
    label: 'endgültig',
    erklaerung:
      'Abgestimmte Fassung. Eine Frage mit anderer Bedeutung bekommt eine neue id, damit Antworten vergleichbar ' +
      'bleiben.',
  },
] as const satisfies readonly Begriff[];

export const ANFRAGEARTEN = [
  { wert: 'Anfrage', label: 'Anfrage', erklaerung: 'Die erste Bitte um Antworten, mit dem Anschreiben.' },
  { wert: 'Erinnerung', label: 'Erinnerung', erklaerung: 'Eine weitere Bitte nach einer Anfrage ohne Antwort.' },
] as const satisfies readonly Begriff[];

export type Anfrageart = (typeof ANFRAGEARTEN)[number]['wert'];
export type Antworttyp = (typeof ANTWORTTYPEN)[number]['wert'];
export type Antwortende = (typeof ANTWORTENDE)[number]['wert'];
export type Fragethema = (typeof FRAGETHEMEN)[number]['wert'];
export type AbfrageEbene = (typeof ABFRAGE_EBENEN)[number]['wert'];
