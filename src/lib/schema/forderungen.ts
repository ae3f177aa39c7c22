import { z } from 'zod';
import { datumDeutsch } from '../darstellung/format.ts';
import { BESCHLUSS, FORDERUNGEN } from '../politik/beschluss.ts';
import { UMSETZUNGSSTATUS, werte } from './vokabular.ts';
import { pflichtText, teilDatum, text, url, vokabular } from './felder.ts';
import { tabelle } from './tabelle.ts';

export const forderungen = tabelle({
  datei: 'forderungen.csv',
  name: 'forderungen',
  titel: 'Beschluss „Integration anpacken“ (2021): Stand der Forderungen',
  beschreibung:
    `Eine Zeile je datierter Bewertung einer der sechs Forderungen des Beschlusses „${BESCHLUSS.titel}“ ` +
    `(${BESCHLUSS.kennung}) ` +
    `der ${BESCHLUSS.gremium} (${BESCHLUSS.gremiumKurz}) von ${BESCHLUSS.partei} ` +
    `vom ${datumDeutsch(BESCHLUSS.datum)}. ` +
    'Bewertet wird nach Belegen jeder Herkunft. Neue Bewertungen werden angehängt, nie überschrieben; ' +
    'die aktuelle ist die Zeile mit dem jüngsten Stand.',
  schema: z.object({
    /** Which demand, by its short name in src/lib/politik/beschluss.ts. */
    forderung: vokabular('Kurzname der Forderung', werte(FORDERUNGEN)),
    status: vokabular('Stand der Umsetzung laut Beleg am Stand-Datum', werte(UMSETZUNGSSTATUS)),
    stand: teilDatum(
      'Datum, an dem die Bewertung laut Quelle galt (JJJJ, JJJJ-MM oder JJJJ-MM-TT); bei undatierter Quelle das ' +
        'jüngste Datum, das sie nennt, sonst „unbekannt“',
      {
        pflicht: true,
        nichtInZukunft: true,
        unbekanntErlaubt: true,
      },
    ),
    /** What the source shows, in our own words; for "offen", why it cannot be judged yet. */
    beleg: pflichtText(
      'Was die Quelle zeigt, in eigenen Worten; bei „offen“ der Grund, warum noch nicht zu bewerten ist',
    ),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
    anmerkung: text('Erläuterung in eigenen Worten: Einschränkungen, offene Fragen'),
  }),
  eindeutig: ['forderung', 'stand', 'quelle_url'],
});

export type ForderungZeile = z.output<typeof forderungen.schema>;
