/**
 * Answers are observations: a Verwaltung's answer to the Beirat, Beauftragte and Konzept questions
 * becomes an observation of that structure, so the map, the Gebiet pages and their twins follow
 * it like any other source. The mapping is documented in docs/musterabfrage.md.
 */
import { datumDeutsch } from '../darstellung/format.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { AntwortZeile } from '../schema/musterabfrage.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import type { Form, Status } from '../schema/vokabular.ts';
import { abfrageAntworten } from '../schema/musterabfrage.ts';
import type { Beobachtung } from '../strukturen/beobachtungen.ts';
import type { Merkmal } from '../strukturen/merkmale.ts';

/** Which question says whether a structure exists, and which detail questions fill its fields. */
export interface Zuordnung {
  typ: Merkmal;
  frage: string;
  /** What "teilweise" means for this question (its help text says so). */
  teilweise: Status;
  seit?: string;
  form?: { frage: string; werte: Record<string, Form> };
}

export const ZUORDNUNGEN: readonly Zuordnung[] = [
  {
    typ: 'beirat',
    frage: 'beirat',
    teilweise: 'beschlossen',
    seit: 'beirat-seit',
    form: { frage: 'beirat-bildung', werte: { gewählt: 'gewählt', berufen: 'berufen' } },
  },
  {
    typ: 'beauftragte',
    frage: 'beauftragte',
    teilweise: 'beschlossen',
    form: {
      frage: 'beauftragte-form',
      werte: { Vollzeit: 'hauptamtlich', Teilzeit: 'hauptamtlich', Ehrenamt: 'ehrenamtlich' },
    },
  },
  { typ: 'konzept', frage: 'konzept', teilweise: 'in Planung', seit: 'konzept-beschluss' },
];

/** ja → vorhanden, nein → nicht vorhanden, teilweise → per question; unbekannt changes nothing. */
export function statusAusAntwort(z: Zuordnung, antwort: string): Status | undefined {
  if (antwort === 'ja') return 'vorhanden';
  if (antwort === 'nein') return 'nicht vorhanden';
  if (antwort === 'teilweise') return z.teilweise;
  return undefined;
}

/** "Selbstauskunft der Verwaltung vom 12.03.2027": how the site names this origin everywhere. */
export function selbstauskunftText(stand: string): string {
  return `Selbstauskunft der Verwaltung vom ${datumDeutsch(stand)}`;
}

type Antwort = GepruefteZeile<AntwortZeile>;

/** A detail answer given with the main answer: same Gebiet, same day, by the Verwaltung; unbekannt is no value. */
function detail(alle: readonly Antwort[], haupt: Antwort, frage: string | undefined): string | undefined {
  if (frage === undefined) return undefined;
  const passend = alle.filter(
    (a) =>
      a.daten.frage === frage &&
      a.daten.gebiet === haupt.daten.gebiet &&
      a.daten.stand === haupt.daten.stand &&
      a.daten.antwortet === 'Verwaltung',
  );
  const wert = passend.at(-1)?.daten.antwort;
  return wert === 'unbekannt' ? undefined : wert;
}

function beobachtung(alle: readonly Antwort[], a: Antwort, z: Zuordnung, status: Status): Beobachtung {
  const vorhanden = status !== 'nicht vorhanden';
  const form = z.form && vorhanden ? z.form.werte[detail(alle, a, z.form.frage) ?? ''] : undefined;
  const daten: StrukturZeile = {
    gebiet: a.daten.gebiet,
    typ: z.typ,
    status,
    name: undefined,
    seit: vorhanden ? detail(alle, a, z.seit) : undefined,
    form,
    stand: a.daten.stand,
    quelle_url: a.daten.quelle_url,
    quelle_titel: a.daten.quelle_titel,
    anmerkung: [`Antwort „${a.daten.antwort}“ in der Musterabfrage`, a.daten.anmerkung].filter(Boolean).join('. '),
  };
  return {
    zeile: a.zeile,
    daten,
    herkunft: {
      art: 'selbstauskunft',
      text: selbstauskunftText(a.daten.stand),
      datei: `data/${abfrageAntworten.datei}`,
      zeile: a.zeile,
    },
  };
}

/**
 * The observations the Verwaltungen' answers make: one per answer of the Verwaltung to a main
 * question, except "unbekannt". Answers by Dritte make none: they are no Selbstauskunft, and a
 * third party with a source enters it in data/strukturen.csv like anyone else.
 */
export function beobachtungenAusAntworten(antworten: readonly Antwort[]): Beobachtung[] {
  const ergebnis: Beobachtung[] = [];
  for (const a of antworten) {
    if (a.daten.antwortet !== 'Verwaltung') continue;
    const z = ZUORDNUNGEN.find((x) => x.frage === a.daten.frage);
    const status = z && statusAusAntwort(z, a.daten.antwort);
    if (z && status) ergebnis.push(beobachtung(antworten, a, z, status));
  }
  return ergebnis;
}

/**
 * The curated rows and the Selbstauskünfte together. The answers come after the rows, so on the
 * same Stand the answer wins (aktuelleBeobachtung takes the later one): the Verwaltung's own
 * word on that day is the newer fact.
 */
export function alleBeobachtungen(
  strukturZeilen: readonly GepruefteZeile<StrukturZeile>[],
  antworten: readonly Antwort[],
): Beobachtung[] {
  return [...strukturZeilen, ...beobachtungenAusAntworten(antworten)];
}
