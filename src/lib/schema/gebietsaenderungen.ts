import { z } from 'zod';
import { AENDERUNGSARTEN, werte } from './vokabular.ts';
import { datum, gemeindeName, pflichtText, text, url, vokabular } from './felder.ts';
import { tabelle } from './tabelle.ts';
import { feldRegister } from './felder.ts';

/** An 8-digit AGS that need not be in today's register: old Gemeinden are gone by definition. */
function ags(beschreibung: string) {
  const schema = z.string().transform((roh, ctx) => {
    const wert = roh.trim();
    if (/^13\d{6}$/.test(wert)) return wert;
    ctx.addIssue({
      code: 'custom',
      message: wert === '' ? 'Pflichtwert fehlt' : 'kein gültiger Gemeindeschlüssel',
      params: { erwartet: 'einen Gemeindeschlüssel (AGS) mit 8 Ziffern, beginnend mit 13' },
    });
    return z.NEVER;
  });
  feldRegister.add(schema, { beschreibung, typ: 'string', pflicht: true, muster: '^13\\d{6}$' });
  return schema;
}

export const gebietsaenderungen = tabelle({
  datei: 'gebietsaenderungen.csv',
  name: 'gebietsaenderungen',
  titel: 'Gebietsänderungen der Gemeinden seit 2016',
  beschreibung:
    'Jede Eingemeindung und jeder Zusammenschluss von Gemeinden in MV seit dem Gebietsstand der Geometrie (VG250, ' +
    '01.01.2016). Die Geodaten-Pipeline wendet die Liste an, um die heutigen Gemeinden zu bilden.',
  schema: z.object({
    /** Day the change took effect. */
    datum: datum('Tag, an dem die Änderung wirksam wurde'),
    /** AGS of the Gemeinde that ceased to exist. */
    alt_ags: ags('Schlüssel (AGS) der aufgelösten Gemeinde'),
    alt_name: gemeindeName('Name der aufgelösten Gemeinde'),
    /** AGS of the receiving or newly formed Gemeinde. Same name does not mean same key (Karlsburg, Toddin). */
    neu_ags: ags('Schlüssel (AGS) der aufnehmenden oder neu gebildeten Gemeinde'),
    neu_name: gemeindeName('Name der aufnehmenden oder neu gebildeten Gemeinde'),
    art: vokabular(
      'Eingemeindung (Schlüssel der aufnehmenden Gemeinde bleibt) oder Zusammenschluss (neuer Schlüssel)',
      werte(AENDERUNGSARTEN),
    ),
    quelle_url: url('Webadresse der Quelle (http oder https)'),
    quelle_titel: pflichtText('Titel der Quelle'),
    anmerkung: text('Erläuterung in eigenen Worten'),
  }),
  eindeutig: ['alt_ags'],
  zeilenRegeln: (z) =>
    z.alt_ags === z.neu_ags
      ? [
          {
            spalte: 'neu_ags',
            meldung: 'alter und neuer Schlüssel sind gleich',
            erwartet: 'einen anderen Schlüssel als alt_ags',
          },
        ]
      : [],
});

export type GebietsaenderungZeile = z.output<typeof gebietsaenderungen.schema>;
