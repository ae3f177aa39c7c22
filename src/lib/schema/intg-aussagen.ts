import { z } from 'zod';
import { ADRESSATEN, VERBINDLICHKEIT, werte } from './vokabular.ts';
import { optionaleAnzahl, pflichtText, quellenStand, text, url, vokabular } from './felder.ts';
import { tabelle } from './tabelle.ts';

export const intgAussagen = tabelle({
  datei: 'intg-aussagen.csv',
  name: 'intg-aussagen',
  titel: 'Was das InTG M-V regelt',
  beschreibung:
    'Aussagen über das Integrations- und Teilhabegesetz M-V: wen eine Regel betrifft, wie verbindlich sie ist und ob ' +
    'der Wortlaut am Gesetzestext geprüft ist. Die Gebietsseiten leiten daraus ab, was für ein Gebiet gilt; ' +
    'ungeprüfte Aussagen werden sichtbar markiert.',
  schema: z.object({
    /** Stable short name of the statement, e.g. beirat-gemeinden. */
    id: pflichtText('Kurzname der Aussage, klein, mit Bindestrichen, z. B. beirat-gemeinden'),
    /** What the rule is about, in the Strukturtyp words where it fits. */
    thema: pflichtText('Thema: beirat, beauftragte, foerderung, landesstrukturen, verwaltung, teilhabe …'),
    /** The statement in our own words. */
    aussage: pflichtText('Die Aussage in eigenen Worten, ein bis zwei Sätze'),
    /** Whom it addresses. */
    adressaten: vokabular('An wen sich die Regel richtet', werte(ADRESSATEN)),
    /** Applies only above this population ("mehr als …"); empty: no threshold. */
    einwohner_ueber: optionaleAnzahl('Gilt nur für Gebiete mit mehr Einwohnern als dieser Zahl; leer = ohne Schwelle'),
    /** Within this percentage around the threshold, a Gebiet counts as borderline. */
    grenzbereich_prozent: optionaleAnzahl(
      'Innerhalb dieser Prozent um die Schwelle gilt ein Gebiet als Grenzfall (Stichtag und Zensus-Basis entscheiden)',
    ),
    verbindlichkeit: vokabular('muss, soll, kann, Empfehlung oder unbekannt', werte(VERBINDLICHKEIT)),
    /** Section number, only when known; with wortlaut_geprueft = nein it is a secondary source's claim. */
    paragraf: text('Paragraf im InTG, wenn bekannt (z. B. § 18)'),
    /** Whether someone checked the statement against the law text itself. */
    wortlaut_geprueft: vokabular('ja, wenn die Aussage am Gesetzestext geprüft ist; sonst nein', [
      'ja',
      'nein',
    ] as const),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
    stand: quellenStand(),
    anmerkung: text('Erläuterung in eigenen Worten, z. B. wer es anders darstellt'),
  }),
  eindeutig: ['id'],
  zeilenRegeln: (z) =>
    z.grenzbereich_prozent !== undefined && z.einwohner_ueber === undefined
      ? [
          {
            spalte: 'grenzbereich_prozent',
            meldung: 'Grenzbereich ohne Schwelle',
            erwartet: 'eine Zahl in einwohner_ueber oder ein leeres Feld hier',
          },
        ]
      : [],
});

export type IntgAussageZeile = z.output<typeof intgAussagen.schema>;
