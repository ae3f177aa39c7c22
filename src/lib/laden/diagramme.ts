import { FONDS_JAHRE, diagrammKatalog, type Diagramm, type Modelle } from '../diagramme/katalog.ts';
import { achsenEnde } from '../diagramme/verlauf.ts';
import { mittelJeJahr } from '../fonds/mittel.ts';
import { ereignisse, fondsHaushalt } from '../schema/index.ts';
import { entwicklung, ZEITACHSE_AB } from '../strukturen/entwicklung.ts';
import { ladeBeobachtungen } from './beobachtungen.ts';
import { ladeDatenbestand } from './datenbestand.ts';
import { heute } from './heute.ts';

let modelle: Modelle | undefined;
let katalog: Diagramm[] | undefined;

/** What the charts are drawn from, once per build: the fund per year, the timeline, the events. */
export function ladeModelle(): Modelle {
  if (modelle) return modelle;
  const daten = ladeDatenbestand();
  const tag = heute();
  const ereignisZeilen = daten.zeilen(ereignisse).map((z) => z.daten);
  modelle = {
    heute: tag,
    fonds: mittelJeJahr(daten.zeilen(fondsHaushalt), FONDS_JAHRE.von, FONDS_JAHRE.bis),
    entwicklung: entwicklung(ladeBeobachtungen(daten), daten.gebiete, tag),
    ereignisse: ereignisZeilen,
    achse: { von: ZEITACHSE_AB, bis: achsenEnde([tag, ...ereignisZeilen.map((e) => e.datum)]) },
  };
  return modelle;
}

// The footer of a downloaded file names the page's full address, under the site and base path of the build.
const seitenUrl = (pfad: string) => new URL(`${import.meta.env.BASE_URL}${pfad}`, import.meta.env.SITE).href;

/** Every chart of the site, built once per build. */
export function diagramme(): Diagramm[] {
  katalog ??= diagrammKatalog(ladeModelle(), seitenUrl);
  return katalog;
}

export function diagramm(name: string): Diagramm {
  const d = diagramme().find((x) => x.name === name);
  if (!d) throw new Error(`Kein Diagramm „${name}“`);
  return d;
}
