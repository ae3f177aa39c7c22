import { z } from 'zod';
import { BEWILLIGUNGSARTEN, FONDSARTEN, werte } from './vokabular.ts';
import { betrag, gebiet, jahr, pflichtText, quellenStand, text, url, vokabular } from './felder.ts';
import { tabelle } from './tabelle.ts';

export const fondsHaushalt = tabelle({
  datei: 'fonds-haushalt.csv',
  name: 'fonds-haushalt',
  titel: 'Integrationsfonds des Landes: Mittel je Jahr',
  beschreibung:
    'Mittel des Integrationsfonds M-V je Haushaltsjahr, getrennt nach geplant, beschlossen und Ist. Ein leerer ' +
    'Betrag heißt unbekannt, nie 0.',
  schema: z.object({
    /** Budget year. */
    jahr: jahr('Haushaltsjahr'),
    /** Planned, enacted or spent. */
    art: vokabular(
      'geplant (Ansatz/Planung), beschlossen (Landtag) oder ist (bewilligt/ausgezahlt)',
      werte(FONDSARTEN),
    ),
    /** Amount in euro; empty when the source confirms the year but gives no figure. */
    betrag_eur: betrag('Betrag in Euro (Dezimalpunkt); leer = unbekannt'),
    /** The budget document or agreement the figure belongs to. */
    haushaltsdokument: text('Haushaltsplan, Vereinbarung oder Beschluss, zu dem der Betrag gehört'),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
    stand: quellenStand(),
    anmerkung: text('Erläuterung in eigenen Worten'),
  }),
  eindeutig: ['jahr', 'art', 'quelle_url'],
});

export const fondsBewilligungen = tabelle({
  datei: 'fonds-bewilligungen.csv',
  name: 'fonds-bewilligungen',
  titel: 'Integrationsfonds des Landes: Bewilligungen',
  beschreibung:
    'Einzelne Bewilligungen und Zuweisungen aus dem Integrationsfonds: Jahr, Art, Erstempfänger (Gebiet), ' +
    'Letztempfänger, Projekt und Betrag. Eine Zuweisung an eine Kommune, die das Geld weitergibt, ist keine ' +
    'Projektbewilligung.',
  schema: z.object({
    jahr: jahr('Haushaltsjahr der Bewilligung'),
    /**
     * Approval of one application, or an allocation the Kommune passes on. Both are money that reached
     * the Gebiet (sums per inhabitant count both), but only approvals are counted as approvals.
     */
    art: vokabular(
      'bewilligung (ein bewilligter Antrag) oder zuweisung (Betrag für eine Kommune, die ihn an Träger weitergibt)',
      werte(BEWILLIGUNGSARTEN),
    ),
    /** The Kommune that received the grant (Erstempfänger). */
    gebiet: gebiet('Schlüssel des Erstempfängers (Kreis, Amt oder Gemeinde-AGS)', ['kreis', 'amt', 'gemeinde']),
    /** Association or person the Kommune passed the money on to, if any. */
    empfaenger: text('Letztempfänger (Verein, Initiative), falls die Quelle ihn nennt'),
    projekt: text('Projekt, falls die Quelle es nennt'),
    betrag_eur: betrag('Bewilligter Betrag in Euro (Dezimalpunkt); leer = unbekannt'),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
    stand: quellenStand(),
    anmerkung: text('Erläuterung in eigenen Worten'),
  }),
  eindeutig: ['jahr', 'art', 'gebiet', 'empfaenger', 'projekt', 'betrag_eur', 'quelle_url'],
});

export type FondsHaushaltZeile = z.output<typeof fondsHaushalt.schema>;
export type FondsBewilligungZeile = z.output<typeof fondsBewilligungen.schema>;
