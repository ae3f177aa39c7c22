/**
 * The documented vocabularies of the data tables: the values contributors write into the CSVs,
 * with the label and explanation the site shows. Docs and validator read them from here.
 */

export interface Begriff<W extends string = string> {
  wert: W;
  /** How the site names the value. */
  label: string;
  /** When to use it, for contributors. */
  erklaerung: string;
}

export const STRUKTURTYPEN = [
  {
    wert: 'beirat',
    label: 'Migrations-/Integrationsbeirat',
    erklaerung:
      'Gremium, in dem Menschen mit Einwanderungsgeschichte die Vertretung beraten (auch Migrantenrat, ' +
      'Migrantenbeirat, Integrationsbeirat).',
  },
  {
    wert: 'beauftragte',
    label: 'Integrationsbeauftragte/r',
    erklaerung:
      'Eine Person in Verwaltung oder Ehrenamt, die für Integration zuständig ist (auch Migrationsbeauftragte, ' +
      'Koordinierungsstelle mit dieser Aufgabe).',
  },
  {
    wert: 'konzept',
    label: 'Integrationskonzept',
    erklaerung:
      'Ein von Vertretung oder Verwaltung vorgelegtes Konzept (auch Leitlinien oder Handbuch – die Anmerkung sagt, ' +
      'was es genau ist).',
  },
  {
    wert: 'netzwerk',
    label: 'Netzwerk',
    erklaerung: 'Netzwerk, Runder Tisch oder Arbeitsgruppe zu Migration und Integration.',
  },
  {
    wert: 'sonstige',
    label: 'Weitere Struktur',
    erklaerung: 'Andere Strukturen, etwa Integrationslotsen, ein Bürgerrat oder ein Fachamt.',
  },
] as const satisfies readonly Begriff[];

export const STATUS = [
  { wert: 'vorhanden', label: 'vorhanden', erklaerung: 'Die Struktur besteht laut Quelle am Stand-Datum.' },
  {
    wert: 'beschlossen',
    label: 'beschlossen',
    erklaerung: 'Die Vertretung hat die Einrichtung beschlossen, umgesetzt ist sie laut Quelle noch nicht.',
  },
  {
    wert: 'in Planung',
    label: 'in Planung',
    erklaerung: 'Angekündigt, beantragt oder in Vorbereitung, aber noch nicht beschlossen.',
  },
  { wert: 'abgelehnt', label: 'abgelehnt', erklaerung: 'Die Vertretung hat die Einrichtung ausdrücklich abgelehnt.' },
  { wert: 'aufgelöst', label: 'aufgelöst', erklaerung: 'Die Struktur bestand und wurde aufgelöst oder abgeschafft.' },
  {
    wert: 'nicht vorhanden',
    label: 'nicht vorhanden',
    erklaerung:
      'Eine Quelle sagt ausdrücklich, dass es die Struktur nicht gibt. Nur dann – nichts gefunden heißt „unbekannt“.',
  },
  {
    wert: 'unbekannt',
    label: 'unbekannt',
    erklaerung:
      'Die Quelle lässt offen, ob es die Struktur gibt. Gebiete ganz ohne Zeile gelten ebenfalls als unbekannt.',
  },
] as const satisfies readonly Begriff[];

export const FORMEN = [
  { wert: 'gewählt', label: 'gewählt', erklaerung: 'Beirat: Mitglieder werden direkt gewählt.' },
  {
    wert: 'berufen',
    label: 'berufen',
    erklaerung: 'Beirat: Mitglieder werden von der Vertretung berufen oder bestellt.',
  },
  { wert: 'hauptamtlich', label: 'hauptamtlich', erklaerung: 'Beauftragte/r: bezahlte Stelle in der Verwaltung.' },
  {
    wert: 'ehrenamtlich',
    label: 'ehrenamtlich',
    erklaerung: 'Beauftragte/r: Ehrenamt, ggf. mit Aufwandsentschädigung.',
  },
  {
    wert: 'kombiniert',
    label: 'kombiniert',
    erklaerung:
      'Beauftragte/r: haupt- und ehrenamtlich zugleich, etwa eine Stelle in der Verwaltung und ehrenamtliche ' +
      'Beauftragte.',
  },
] as const satisfies readonly Begriff[];

/** Which Form values fit which Strukturtyp; other types take no Form. */
export const FORMEN_JE_TYP: Partial<Record<Strukturtyp, readonly Form[]>> = {
  beirat: ['gewählt', 'berufen'],
  beauftragte: ['hauptamtlich', 'ehrenamtlich', 'kombiniert'],
};

export const FONDSARTEN = [
  {
    wert: 'geplant',
    label: 'geplant (Ansatz)',
    erklaerung: 'Betrag aus Vereinbarung, Kabinettsplanung oder Haushaltsentwurf; vom Landtag (noch) nicht bestätigt.',
  },
  { wert: 'beschlossen', label: 'beschlossen', erklaerung: 'Betrag im vom Landtag beschlossenen Haushalt.' },
  { wert: 'ist', label: 'Ist (bewilligt)', erklaerung: 'Im Jahr tatsächlich bewilligte oder ausgezahlte Mittel.' },
] as const satisfies readonly Begriff[];

/**
 * What a row of fonds-bewilligungen.csv records. An allocation to a Kommune that passes the money on
 * is no project approval; pages must not count it as one, but its euros did reach the Gebiet.
 */
export const BEWILLIGUNGSARTEN = [
  {
    wert: 'bewilligung',
    label: 'Bewilligung',
    erklaerung: 'Das Land hat einen Antrag bewilligt: Geld für ein Projekt oder einen Träger.',
  },
  {
    wert: 'zuweisung',
    label: 'Zuweisung',
    erklaerung:
      'Das Land stellt einer Kommune für ein Jahr einen Betrag zur Verfügung, den sie an Träger weitergibt. ' +
      'Was sie daraus weitergibt, kommt nicht als eigene Zeile dazu, sondern in die Anmerkung – sonst zählte ' +
      'das Geld doppelt.',
  },
] as const satisfies readonly Begriff[];

export const AENDERUNGSARTEN = [
  {
    wert: 'Eingemeindung',
    label: 'Eingemeindung',
    erklaerung: 'Die alte Gemeinde geht in einer bestehenden auf; deren Schlüssel bleibt.',
  },
  {
    wert: 'Zusammenschluss',
    label: 'Zusammenschluss',
    erklaerung: 'Mehrere Gemeinden bilden eine neue Gemeinde mit neuem Schlüssel.',
  },
] as const satisfies readonly Begriff[];

export const VERBINDLICHKEIT = [
  { wert: 'muss', label: 'muss', erklaerung: 'Pflicht: Das Gesetz schreibt es vor.' },
  {
    wert: 'soll',
    label: 'soll',
    erklaerung: 'Soll-Vorschrift: in der Regel zu tun; Abweichen braucht eine Begründung.',
  },
  { wert: 'kann', label: 'kann', erklaerung: 'Das Gesetz erlaubt es, verlangt es aber nicht.' },
  { wert: 'Empfehlung', label: 'Empfehlung', erklaerung: 'Das Gesetz empfiehlt es nur.' },
  { wert: 'unbekannt', label: 'unbekannt', erklaerung: 'Wie verbindlich die Regel ist, ist noch nicht geprüft.' },
] as const satisfies readonly Begriff[];

export const ADRESSATEN = [
  { wert: 'Land', label: 'das Land', erklaerung: 'Landesregierung und Landesverwaltung.' },
  { wert: 'Kommunen', label: 'alle Kommunen', erklaerung: 'Kreise, Ämter und Gemeinden.' },
  { wert: 'Kreise', label: 'Kreise und kreisfreie Städte', erklaerung: 'Die 6 Landkreise und 2 kreisfreien Städte.' },
  {
    wert: 'Gemeinden',
    label: 'Gemeinden',
    erklaerung: 'Gemeinden einschließlich der kreisfreien Städte, ggf. ab einer Einwohnerzahl.',
  },
] as const satisfies readonly Begriff[];

/** How far a demand of the 2021 resolution has been put into practice (`forderungen.csv`). */
export const UMSETZUNGSSTATUS = [
  { wert: 'umgesetzt', label: 'umgesetzt', erklaerung: 'Die Forderung ist laut Beleg erfüllt.' },
  {
    wert: 'teilweise',
    label: 'teilweise umgesetzt',
    erklaerung:
      'Ein Teil ist umgesetzt, oder die Umsetzung bleibt hinter der Forderung zurück; der Beleg sagt, was fehlt.',
  },
  { wert: 'nicht umgesetzt', label: 'nicht umgesetzt', erklaerung: 'Laut Beleg ist nichts davon umgesetzt.' },
  {
    wert: 'gegenteilig umgesetzt',
    label: 'gegenteilig umgesetzt',
    erklaerung: 'Geschehen ist das Gegenteil dessen, was gefordert war.',
  },
  {
    wert: 'offen',
    label: 'offen',
    erklaerung:
      'Noch nicht zu bewerten: Die Quellen reichen für ein Urteil nicht aus, oder die Umsetzung läuft noch. Der ' +
      'Beleg nennt den Grund.',
  },
] as const satisfies readonly Begriff[];

export type Strukturtyp = (typeof STRUKTURTYPEN)[number]['wert'];
export type Status = (typeof STATUS)[number]['wert'];
export type Form = (typeof FORMEN)[number]['wert'];
export type Verbindlichkeit = (typeof VERBINDLICHKEIT)[number]['wert'];
export type Adressat = (typeof ADRESSATEN)[number]['wert'];
export type Fondsart = (typeof FONDSARTEN)[number]['wert'];
export type Bewilligungsart = (typeof BEWILLIGUNGSARTEN)[number]['wert'];
export type Umsetzungsstatus = (typeof UMSETZUNGSSTATUS)[number]['wert'];

export function werte<B extends readonly Begriff[]>(begriffe: B): { [K in keyof B]: B[K]['wert'] } {
  return begriffe.map((b) => b.wert) as { [K in keyof B]: B[K]['wert'] };
}

export function label(begriffe: readonly Begriff[], wert: string): string {
  return begriffe.find((b) => b.wert === wert)?.label ?? wert;
}
