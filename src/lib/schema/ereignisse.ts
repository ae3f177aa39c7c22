import { z } from 'zod';
import { datum, pflichtText, quellenStand, text, url } from './felder.ts';
import { tabelle } from './tabelle.ts';

export const ereignisse = tabelle({
  datei: 'ereignisse.csv',
  name: 'ereignisse',
  titel: 'Ereignisse auf der Zeitachse',
  beschreibung:
    'Tage, die die Diagramme im Zeitverlauf markieren (Inkrafttreten des InTG, Wahlen), je mit Quelle. Ein Ereignis ' +
    'darf in der Zukunft liegen, der Stand seiner Quelle nicht.',
  schema: z.object({
    /** The day of the event; a scheduled election may lie ahead. */
    datum: datum('Tag des Ereignisses (JJJJ-MM-TT); darf in der Zukunft liegen, etwa ein Wahltermin'),
    /** Short label as the charts print it. */
    ereignis: pflichtText('Kurze Bezeichnung, wie sie im Diagramm steht (z. B. „Landtagswahl“)'),
    beschreibung: pflichtText('Ein Satz in eigenen Worten, was an diesem Tag geschah oder geschehen soll'),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
    stand: quellenStand(),
    anmerkung: text('Erläuterung in eigenen Worten, z. B. was die Quelle genau belegt'),
  }),
  eindeutig: ['datum', 'ereignis'],
});

export type EreignisZeile = z.output<typeof ereignisse.schema>;
