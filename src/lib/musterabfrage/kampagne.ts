/**
 * The state of the campaign for /musterabfrage/stand/: per Gebiet asked, when it was asked and
 * reminded, the deadline, the answer and how long it has been open; per Kreis the counts. The
 * state is the one of the map (abfrageStatusFuer), so page, map and results never disagree.
 */
import { type Gebiet, registerAus } from '../gebiete/register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { AnfrageZeile, AntwortZeile } from '../schema/musterabfrage.ts';
import { abfrageStatusFuer, zaehleAbfrageStatus, type AbfrageStand, type AbfrageStatus } from './auswertung.ts';
import { kreisVon } from './anschreiben.ts';
import { nachKreisen } from './kreise.ts';
import { antwortendeGebiete } from './vorlage.ts';

export interface Kampagnenzeile {
  gebiet: Gebiet;
  status: AbfrageStatus;
  /** Day of the first request ("Anfrage") still unanswered, or of the one the answer followed. */
  angefragt?: string | undefined;
  /** Days of the reminders after that request. */
  erinnerungen: string[];
  frist?: string | undefined;
  /** Day of the Verwaltung's newest answer. */
  antwort?: string | undefined;
  /** Days from the request to the answer, or to today while it is open. */
  tageOffen?: number | undefined;
}

export interface Kreisstand {
  kreis: string;
  /** The Kreis as the pages name it. */
  name: string;
  zeilen: Kampagnenzeile[];
  anzahl: Record<AbfrageStatus, number>;
}

const TAG_MS = 86_400_000;
export const tageZwischen = (von: string, bis: string) => Math.round((Date.parse(bis) - Date.parse(von)) / TAG_MS);

function zeileVon(gebiet: Gebiet, stand: AbfrageStand, eigene: readonly AnfrageZeile[], heute: string): Kampagnenzeile {
  const anfragen = eigene.filter((a) => a.art === 'Anfrage').map((a) => a.datum);
  // The round that counts: the newest request, or before an answer the newest request before it.
  const angefragt = anfragen.filter((d) => stand.status !== 'geantwortet' || d <= (stand.letzteAntwort ?? '')).at(-1);
  const erinnerungen = eigene
    .filter((a) => a.art === 'Erinnerung' && angefragt !== undefined && a.datum >= angefragt)
    .map((a) => a.datum);
  const antwort = stand.letzteAntwort;
  const bis = stand.status === 'geantwortet' ? antwort : heute;
  return {
    gebiet,
    status: stand.status,
    angefragt,
    erinnerungen,
    frist: stand.frist,
    antwort,
    tageOffen: angefragt !== undefined && bis !== undefined ? tageZwischen(angefragt, bis) : undefined,
  };
}

/** Every Gebiet asked, grouped by Kreis (in key order), with the counts of each state. */
export function kampagnenStand(
  gebiete: readonly Gebiet[],
  antworten: readonly GepruefteZeile<AntwortZeile>[],
  anfragen: readonly GepruefteZeile<AnfrageZeile>[],
  heute: string,
): { kreise: Kreisstand[]; anzahl: Record<AbfrageStatus, number> } {
  const status = abfrageStatusFuer(antworten, anfragen, heute);
  const jeGebiet = Map.groupBy(
    anfragen.map((a) => a.daten).sort((a, b) => a.datum.localeCompare(b.datum)),
    (a) => a.gebiet,
  );
  const zeilen = antwortendeGebiete(gebiete).map(({ gebiet }) =>
    zeileVon(gebiet, status(gebiet), jeGebiet.get(gebiet.schluessel) ?? [], heute),
  );
  const kreise = nachKreisen(zeilen, (z) => kreisVon(z.gebiet), registerAus(gebiete)).map(
    ({ kreis, name, eintraege }) => ({ kreis, name, zeilen: eintraege, anzahl: zaehleAbfrageStatus(eintraege) }),
  );
  return { kreise, anzahl: zaehleAbfrageStatus(zeilen) };
}
