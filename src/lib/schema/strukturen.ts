import { z } from 'zod';
import { FORMEN, FORMEN_JE_TYP, STATUS, STRUKTURTYPEN, werte } from './vokabular.ts';
import { gebiet, pflichtText, teilDatum, text, url, vokabular } from './felder.ts';
import type { GepruefteZeile } from './pruefen.ts';
import { type BezugsVerstoss, type RegelVerstoss, tabelle } from './tabelle.ts';
import { liegtInZukunft, UNBEKANNT } from './werte.ts';

const schema = z.object({
  /**
   * Land, Kreis, Amt or Gemeinde the structure belongs to. Kreisfreie Städte and amtsfreie Gemeinden use their AGS.
   */
  gebiet: gebiet('Schlüssel des Gebiets, zu dem die Struktur gehört (Land 13, Kreis, Amt oder Gemeinde-AGS)', [
    'land',
    'kreis',
    'amt',
    'gemeinde',
  ]),
  /** Kind of structure. */
  typ: vokabular('Art der Struktur', werte(STRUKTURTYPEN)),
  /** Status at the Stand date, from the documented vocabulary. */
  status: vokabular('Status laut Quelle am Stand-Datum', werte(STATUS)),
  /** Name of the body or post as the source gives it; no personal names. */
  name: text('Bezeichnung des Gremiums, der Stelle oder des Dokuments (keine Personennamen)'),
  /** Since when it exists or was decided, as precise as the source allows. */
  seit: teilDatum('Seit wann die Struktur besteht oder beschlossen ist (JJJJ, JJJJ-MM oder JJJJ-MM-TT)'),
  /** How a Beirat is formed, or how a Beauftragte/r works; empty means unknown. */
  form: vokabular(
    'Beirat: gewählt oder berufen; Beauftragte/r: hauptamtlich, ehrenamtlich oder kombiniert; leer = unbekannt',
    werte(FORMEN),
    { pflicht: false },
  ),
  /** The date the source describes; "unbekannt" for undated sources. Never in the future. */
  stand: teilDatum(
    'Datum, an dem die Aussage laut Quelle galt (JJJJ, JJJJ-MM oder JJJJ-MM-TT). Bei undatierter Quelle das ' +
      'jüngste Datum, das sie nennt; nennt sie keins: „unbekannt“',
    {
      pflicht: true,
      nichtInZukunft: true,
      unbekanntErlaubt: true,
    },
  ),
  /** Where the statement can be checked. */
  quelle_url: url('Webadresse der Quelle (http oder https)'),
  /** Short title of the source: publisher and kind of document. */
  quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
  /** Context in our own words: caveats, details, what is not known. */
  anmerkung: text('Erläuterung in eigenen Worten: Einschränkungen, Einzelheiten, offene Fragen'),
});

export const strukturen = tabelle({
  datei: 'strukturen.csv',
  name: 'strukturen',
  titel: 'Integrationsstrukturen',
  beschreibung:
    'Eine Zeile je datierter Beobachtung einer Struktur (Beirat, Beauftragte/r, Integrationskonzept, Netzwerk, ' +
    'weitere) in einem Gebiet. Neue Erkenntnisse werden als neue Zeile ergänzt, nie überschrieben; der aktuelle ' +
    'Status ist die Zeile mit dem jüngsten Stand.',
  schema,
  eindeutig: ['gebiet', 'typ', 'name', 'stand', 'quelle_url'],
  zeilenRegeln: (z) => [...formPasstZumTyp(z), ...seitVorStand(z)],
  bezuege: (zeilen) => widersprueche(zeilen),
});

type Zeile = z.output<typeof schema>;

function formPasstZumTyp(z: Zeile): RegelVerstoss[] {
  if (z.form === undefined) return [];
  const passend = FORMEN_JE_TYP[z.typ] ?? [];
  if (passend.includes(z.form)) return [];
  return [
    {
      spalte: 'form',
      meldung: `Form „${z.form}“ passt nicht zum Typ „${z.typ}“`,
      erwartet: passend.length > 0 ? `einen von: ${passend.join(', ')} oder leer` : 'ein leeres Feld',
    },
  ];
}

/** A structure cannot have come into being after the day it was observed; partial dates compare at their precision. */
function seitVorStand(z: Zeile): RegelVerstoss[] {
  const { seit, stand } = z;
  if (seit === undefined || stand === undefined || stand === UNBEKANNT || !liegtInZukunft(seit, stand)) return [];
  return [{ spalte: 'seit', meldung: `Beginn liegt nach dem Stand ${stand}`, erwartet: `ein Datum bis ${stand}` }];
}

/**
 * Two observations of one structure (Gebiet, Typ, Name) with the same Stand but different statuses, e.g. from two
 * sources: the page would silently show whichever line comes last. One of them is wrong, or the Stand is.
 */
function widersprueche(zeilen: readonly GepruefteZeile<Zeile>[]): BezugsVerstoss[] {
  const erste = new Map<string, GepruefteZeile<Zeile>>();
  const verstoesse: BezugsVerstoss[] = [];
  for (const z of zeilen) {
    const { gebiet, typ, name, stand, status } = z.daten;
    if (stand === UNBEKANNT) continue;
    const schluessel = JSON.stringify([gebiet, typ, name ?? '', stand]);
    const frueher = erste.get(schluessel);
    if (!frueher) erste.set(schluessel, z);
    else if (frueher.daten.status !== status) {
      verstoesse.push({
        zeile: z.zeile,
        spalte: 'status',
        meldung: `Status widerspricht Zeile ${frueher.zeile} mit demselben Stand ${stand} („${frueher.daten.status}“)`,
        gefunden: status,
        erwartet: `„${frueher.daten.status}“ oder einen anderen Stand`,
      });
    }
  }
  return verstoesse;
}

export type StrukturZeile = Zeile;
