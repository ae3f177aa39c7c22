import { z } from 'zod';
import { anzahl, datum, gebiet, pflichtText, text, url } from './felder.ts';
import { ebeneVon } from '../gebiete/schluessel.ts';
import type { GepruefteZeile } from './pruefen.ts';
import { type BezugsVerstoss, tabelle } from './tabelle.ts';

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
  zeilenRegeln: (z) =>
    z.einwohner === 0
      ? [
          {
            spalte: 'einwohner',
            meldung: 'Einwohnerzahl 0',
            erwartet: 'eine Zahl über 0 (ist die Zahl unbekannt, die Zeile weglassen)',
          },
        ]
      : [],
  bezuege: (zeilen) => nichtMehrAlsDasLand(zeilen),
});

type Zeile = GepruefteZeile<{ gebiet: string; einwohner: number; stichtag: string }>;

/**
 * No Kreis, Amt or Gemeinde has more people than the Land. The bound comes from the Land's own rows: the figure of
 * the same Stichtag, else the largest the file has; without a Land row there is no bound.
 */
function nichtMehrAlsDasLand(zeilen: readonly Zeile[]): BezugsVerstoss[] {
  const land = zeilen.filter((z) => ebeneVon(z.daten.gebiet) === 'land');
  if (land.length === 0) return [];
  const jeStichtag = new Map(land.map((z) => [z.daten.stichtag, z.daten.einwohner]));
  const groesste = land.reduce((m, z) => Math.max(m, z.daten.einwohner), 0);
  return zeilen.flatMap(({ zeile, daten }) => {
    const grenze = jeStichtag.get(daten.stichtag) ?? groesste;
    if (ebeneVon(daten.gebiet) === 'land' || daten.einwohner <= grenze) return [];
    return [
      {
        zeile,
        spalte: 'einwohner',
        meldung: 'mehr Einwohner als das Land',
        gefunden: String(daten.einwohner),
        erwartet: `höchstens ${grenze} (das Land${jeStichtag.has(daten.stichtag) ? ' am selben Stichtag' : ''})`,
      },
    ];
  });
}

export type EinwohnerZeile = z.output<typeof einwohner.schema>;
