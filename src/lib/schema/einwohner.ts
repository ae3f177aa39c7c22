import { z } from 'zod';
import { anzahl, datum, gebiet, pflichtText, text, url } from './felder.ts';
import { tabelle } from './tabelle.ts';

export const einwohner = tabelle({
  datei: 'einwohner.csv',
  name: 'einwohner',
  titel: 'Einwohnerzahlen',
  beschreibung:
    'Amtliche Einwohnerzahlen je Gebiet mit Stichtag. Zahlen verschiedener Zensus-Basen werden nicht gemischt (siehe ' +
    'Anmerkung).',
  schema: z.object({
    gebiet: gebiet('Schlüssel des Gebiets (Land, Kreis, Amt oder Gemeinde-AGS)', ['land', 'kreis', 'amt', 'gemeinde']),
    einwohner: anzahl('Einwohnerzahl'),
    stichtag: datum('Stichtag der Zahl (JJJJ-MM-TT)', { nichtInZukunft: true }),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle: Herausgeber und Art des Dokuments'),
    anmerkung: text('Erläuterung in eigenen Worten, z. B. Zensus-Basis'),
  }),
  eindeutig: ['gebiet', 'stichtag'],
  amtlich: true,
});

export type EinwohnerZeile = z.output<typeof einwohner.schema>;
