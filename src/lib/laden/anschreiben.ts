import { alleAnschreiben, type Anschreiben } from '../musterabfrage/anschreiben.ts';
import { abfrageAnschriften, abfrageFragen } from '../schema/index.ts';
import { ladeBeobachtungen } from './beobachtungen.ts';
import { ladeDatenbestand } from './datenbestand.ts';
import { merkeZwischenspeicher } from './zwischenspeicher.ts';

let gemerkt: Anschreiben[] | undefined;
merkeZwischenspeicher(() => {
  gemerkt = undefined;
});

/** Every letter of the Musterabfrage, derived once per build for the letter pages, Kreis pages and CSV. */
export function ladeAnschreiben(): Anschreiben[] {
  if (!gemerkt) {
    const d = ladeDatenbestand();
    gemerkt = alleAnschreiben({
      gebiete: d.gebiete,
      register: d.register,
      beobachtungen: ladeBeobachtungen(d),
      fragen: d.zeilen(abfrageFragen).map((z) => z.daten),
      anschriften: d.zeilen(abfrageAnschriften),
    });
  }
  return gemerkt;
}
