/**
 * What the site derives from the Musterabfrage tables: the current answers, the status of a
 * Gebiet for the map, the answers of one Gebiet for its page and the distribution of the answers
 * to one question. Pure functions over validated rows.
 */
import { bin, max, min } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { datumDeutsch, euro, zahl } from '../darstellung/format.ts';
import { datenSchluessel, type Gebiet } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { AnfrageZeile, AntwortZeile, FrageZeile } from '../schema/musterabfrage.ts';
import { UNBEKANNT } from '../schema/werte.ts';
import { FRAGETHEMEN, JA_NEIN, type Fragethema } from './vokabular.ts';

type Zeile = GepruefteZeile<AntwortZeile>;

/**
 * Which of two answers of one Gebiet to one question counts: the newer Stand; on the same day
 * the Verwaltung's before that of Dritte; then the later line (a correction appended below).
 */
function gewinnt(a: Zeile, b: Zeile): boolean {
  if (a.daten.stand !== b.daten.stand) return a.daten.stand > b.daten.stand;
  if (a.daten.antwortet !== b.daten.antwortet) return a.daten.antwortet === 'Verwaltung';
  return a.zeile > b.zeile;
}

/** The current answer per Gebiet and question: `aktuelle.get(gebiet)?.get(frage)`. */
export function aktuelleAntworten(antworten: readonly Zeile[]): Map<string, Map<string, Zeile>> {
  const ergebnis = new Map<string, Map<string, Zeile>>();
  for (const z of antworten) {
    const jeFrage = ergebnis.get(z.daten.gebiet) ?? new Map<string, Zeile>();
    ergebnis.set(z.daten.gebiet, jeFrage);
    const bisher = jeFrage.get(z.daten.frage);
    if (!bisher || gewinnt(z, bisher)) jeFrage.set(z.daten.frage, z);
  }
  return ergebnis;
}

/** The three states of a Gebiet on the map, in legend order. */
export const ABFRAGE_STATUS = [
  {
    wert: 'geantwortet',
    label: 'hat geantwortet',
    erklaerung: 'Die Verwaltung hat geantwortet, und zwar nach der jüngsten belegten Anfrage (oder ohne Anfrage).',
  },
  {
    wert: 'angefragt',
    label: 'angefragt, keine Antwort',
    erklaerung: 'Eine Anfrage ist belegt; eine Antwort der Verwaltung seit dieser Anfrage liegt nicht vor.',
  },
  {
    wert: 'ueberfaellig',
    label: 'Frist verstrichen',
    erklaerung:
      'Angefragt; die Frist der jüngsten Anfrage oder Erinnerung ist verstrichen, eine Antwort der Verwaltung ' +
      'liegt nicht vor.',
  },
  {
    wert: 'nicht-angefragt',
    label: 'nicht angefragt',
    erklaerung: 'Weder eine Anfrage noch eine Antwort der Verwaltung ist belegt.',
  },
] as const;
export type AbfrageStatus = (typeof ABFRAGE_STATUS)[number]['wert'];

/** A sign beside each state, so it never rests on words or colour alone in the narrow card view. */
export const ABFRAGE_ZEICHEN: Record<AbfrageStatus, string> = {
  geantwortet: '✓',
  angefragt: '…',
  ueberfaellig: '!',
  'nicht-angefragt': '–',
};

export interface AbfrageStand {
  status: AbfrageStatus;
  /** Day of the Verwaltung's newest answer, if any (also when a later request is still open). */
  letzteAntwort?: string | undefined;
  /** Day of the newest documented request or reminder, if any. */
  letzteAnfrage?: string | undefined;
  /** Deadline of the newest request or reminder that names one. */
  frist?: string | undefined;
  /** Rows answered by Dritte: shown apart, they are not the Kommune's own answer and do not change the status. */
  angabenDritter: number;
}

/**
 * The status function for many Gebiete at once (the map): indexes the rows once, then answers
 * each Gebiet in constant time. A kreisfreie Stadt's Kreis and an amtsfreie Gemeinde's Amt-level
 * unit are looked up under their Gemeindeschlüssel. There is no inheritance: an Amt's answer is
 * not its Gemeinden's.
 */
export function abfrageStatusFuer(
  antworten: readonly Zeile[],
  anfragen: readonly GepruefteZeile<AnfrageZeile>[],
  heute?: string,
): (g: Gebiet) => AbfrageStand {
  const antwort = new Map<string, string>();
  const dritte = new Map<string, number>();
  for (const { daten: d } of antworten) {
    if (d.antwortet === 'Verwaltung')
      antwort.set(d.gebiet, (antwort.get(d.gebiet) ?? '') > d.stand ? antwort.get(d.gebiet)! : d.stand);
    else dritte.set(d.gebiet, (dritte.get(d.gebiet) ?? 0) + 1);
  }
  const anfrage = new Map<string, string>();
  const frist = new Map<string, { datum: string; frist: string }>();
  for (const { daten: d } of anfragen) {
    if ((anfrage.get(d.gebiet) ?? '') < d.datum) anfrage.set(d.gebiet, d.datum);
    if (d.frist !== undefined && (frist.get(d.gebiet)?.datum ?? '') <= d.datum)
      frist.set(d.gebiet, { datum: d.datum, frist: d.frist });
  }

  return (g) => {
    const schluessel = datenSchluessel(g);
    const letzteAntwort = antwort.get(schluessel);
    const letzteAnfrage = anfrage.get(schluessel);
    const bis = frist.get(schluessel)?.frist;
    const verstrichen = heute !== undefined && bis !== undefined && bis < heute;
    const status: AbfrageStatus =
      letzteAntwort !== undefined && (letzteAnfrage === undefined || letzteAntwort >= letzteAnfrage)
        ? 'geantwortet'
        : letzteAnfrage === undefined
          ? 'nicht-angefragt'
          : verstrichen
            ? 'ueberfaellig'
            : 'angefragt';
    return { status, letzteAntwort, letzteAnfrage, frist: bis, angabenDritter: dritte.get(schluessel) ?? 0 };
  };
}

/** The status of one Gebiet; "Frist verstrichen" only when `heute` is given. */
export function abfrageStatus(
  g: Gebiet,
  antworten: readonly Zeile[],
  anfragen: readonly GepruefteZeile<AnfrageZeile>[],
  heute?: string,
): AbfrageStand {
  return abfrageStatusFuer(antworten, anfragen, heute)(g);
}

/** How many Gebiete are in each status, for legends. */
export function zaehleAbfrageStatus(staende: readonly { status: AbfrageStatus }[]): Record<AbfrageStatus, number> {
  const anzahl = Object.fromEntries(ABFRAGE_STATUS.map((s) => [s.wert, 0])) as Record<AbfrageStatus, number>;
  for (const s of staende) anzahl[s.status]++;
  return anzahl;
}

/** An answer as the site shows it: numbers, amounts and dates in German; "unbekannt" stays. */
export function antwortText(frage: Pick<FrageZeile, 'antworttyp' | 'einheit'>, antwort: string): string {
  if (antwort === UNBEKANNT) return UNBEKANNT;
  switch (frage.antworttyp) {
    case 'zahl':
      return `${zahl(Number(antwort))}${frage.einheit ? ` ${frage.einheit}` : ''}`;
    case 'betrag':
      return euro(Number(antwort));
    case 'datum':
      return datumDeutsch(antwort);
    default:
      return antwort;
  }
}

export interface AntwortEintrag {
  frage: FrageZeile;
  aktuell: Zeile;
  /** Other answers of the Gebiet to this question, newest first. */
  frueher: Zeile[];
}

/** The answers of one Gebiet, by topic in questionnaire order; questions without an answer are left out. */
export function antwortenVon(
  g: Gebiet,
  fragen: readonly FrageZeile[],
  antworten: readonly Zeile[],
): { thema: Fragethema; eintraege: AntwortEintrag[] }[] {
  const schluessel = datenSchluessel(g);
  const eigene = antworten.filter((z) => z.daten.gebiet === schluessel);
  const aktuell = aktuelleAntworten(eigene).get(schluessel);
  if (!aktuell) return [];
  return FRAGETHEMEN.map((t) => ({
    thema: t.wert,
    eintraege: fragen
      .filter((f) => f.thema === t.wert && aktuell.has(f.id))
      .map((f) => {
        const a = aktuell.get(f.id)!;
        const frueher = eigene
          .filter((z) => z.daten.frage === f.id && z !== a)
          .sort((x, y) => (gewinnt(x, y) ? -1 : 1));
        return { frage: f, aktuell: a, frueher };
      }),
  })).filter((g) => g.eintraege.length > 0);
}

export interface Balken {
  label: string;
  /** Number of Gebiete. */
  anzahl: number;
  verwaltung: number;
  dritte: number;
}

function zaehle(label: string, zeilen: readonly AntwortZeile[]): Balken {
  return {
    label,
    anzahl: zeilen.length,
    verwaltung: zeilen.filter((z) => z.antwortet === 'Verwaltung').length,
    dritte: zeilen.filter((z) => z.antwortet === 'Dritte').length,
  };
}

/**
 * The distribution of the current answers to one question over the Gebiete that answered it:
 * one bar per possible answer (also those nobody gave) for closed questions, classes of equal
 * width for numbers and amounts, one bar per year for dates, and a bar "unbekannt" where someone
 * said so. Free text has no bars.
 */
export function verteilung(frage: FrageZeile, aktuelle: readonly AntwortZeile[]): Balken[] {
  const antworten = aktuelle.filter((a) => a.frage === frage.id);
  const unbekannt = antworten.filter((a) => a.antwort === UNBEKANNT);
  const bekannt = antworten.filter((a) => a.antwort !== UNBEKANNT);
  const mitUnbekannt = (balken: Balken[]) =>
    unbekannt.length > 0 ? [...balken, zaehle(UNBEKANNT, unbekannt)] : balken;

  switch (frage.antworttyp) {
    case 'ja-nein':
      return JA_NEIN.map((b) =>
        zaehle(
          b.label,
          antworten.filter((a) => a.antwort === b.wert),
        ),
      );
    case 'auswahl':
      return [...frage.optionen, UNBEKANNT].map((o) =>
        zaehle(
          o,
          antworten.filter((a) => a.antwort === o),
        ),
      );
    case 'datum': {
      const jahre = [...new Set(bekannt.map((a) => a.antwort.slice(0, 4)))].sort();
      return mitUnbekannt(
        jahre.map((j) =>
          zaehle(
            j,
            bekannt.filter((a) => a.antwort.startsWith(j)),
          ),
        ),
      );
    }
    case 'zahl':
    case 'betrag': {
      if (bekannt.length === 0) return mitUnbekannt([]);
      const wert = (a: AntwortZeile) => Number(a.antwort);
      const format = (n: number) => (frage.antworttyp === 'betrag' ? euro(n) : zahl(n));
      const kleinster = min(bekannt, wert)!;
      const groesster = max(bekannt, wert)!;
      if (kleinster === groesster) return mitUnbekannt([zaehle(format(kleinster), bekannt)]);
      // Classes of equal, round width; the last one includes its upper end.
      const skala = scaleLinear().domain([kleinster, groesster]).nice(6);
      const [von, bis] = skala.domain() as [number, number];
      const grenzen = skala.ticks(6).filter((t) => t > von && t < bis);
      const klassen = bin<AntwortZeile, number>().value(wert).domain([von, bis]).thresholds(grenzen)(bekannt);
      return mitUnbekannt(
        klassen.map((k, i) =>
          zaehle(`${format(k.x0!)} bis ${i === klassen.length - 1 ? '' : 'unter '}${format(k.x1!)}`, k),
        ),
      );
    }
    default:
      return [];
  }
}
