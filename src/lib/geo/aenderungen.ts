import type { Fehler } from '../csv/fehler.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { GebietsaenderungZeile } from '../schema/gebietsaenderungen.ts';

/** Which old Gemeinden make up each Gemeinde of today. */
export interface Zuordnung {
  /** Today's AGS → the AGS of the source features dissolved into it. */
  teile: Map<string, string[]>;
  /** Names given by the change list to new or receiving Gemeinden. */
  namen: Map<string, string>;
  /** Today's AGS that did not exist in the source (Zusammenschlüsse). */
  neu: Set<string>;
}

const DATEI = 'data/gebietsaenderungen.csv';

/**
 * Why a change cannot apply to the Gemeinden known just before it, or undefined if it can.
 * `quellAgs` are the source's keys, `bekannt` those after the earlier changes.
 */
function widerspruch(
  zeile: number,
  a: GebietsaenderungZeile,
  quellAgs: ReadonlySet<string>,
  bekannt: ReadonlySet<string>,
  gebietsstand: string,
): Fehler | undefined {
  if (!bekannt.has(a.alt_ags))
    return {
      datei: DATEI,
      zeile,
      spalte: 2,
      meldung: 'aufgelöste Gemeinde gibt es im Gebietsstand davor nicht',
      gefunden: a.alt_ags,
      erwartet: `einen Schlüssel aus VG250 (Stand ${gebietsstand}) oder aus einer früheren Änderung`,
    };
  if (a.art === 'Eingemeindung' && !bekannt.has(a.neu_ags))
    return {
      datei: DATEI,
      zeile,
      spalte: 4,
      meldung: 'aufnehmende Gemeinde gibt es zu diesem Zeitpunkt nicht (bei neuem Schlüssel: Zusammenschluss)',
      gefunden: a.neu_ags,
      erwartet: 'den Schlüssel einer bestehenden Gemeinde',
    };
  if (a.art === 'Zusammenschluss' && quellAgs.has(a.neu_ags))
    return {
      datei: DATEI,
      zeile,
      spalte: 4,
      meldung: 'Zusammenschluss bildet einen neuen Schlüssel, dieser bestand aber schon',
      gefunden: a.neu_ags,
      erwartet: 'einen neuen Schlüssel (sonst: Eingemeindung)',
    };
  return undefined;
}

/** Each source Gemeinde under the Gemeinde of today it went into, following chains of successors. */
function teileNachHeute(quellAgs: ReadonlySet<string>, nachfolger: ReadonlyMap<string, string>) {
  const heute = (ags: string): string => {
    let aktuell = ags;
    for (let n = 0; ; n++) {
      const weiter = nachfolger.get(aktuell);
      if (weiter === undefined) return aktuell;
      if (n > 100) throw new Error(`Kreis in den Gebietsänderungen bei ${ags}`);
      aktuell = weiter;
    }
  };
  const teile = new Map<string, string[]>();
  for (const ags of [...quellAgs].sort()) {
    const ziel = heute(ags);
    teile.set(ziel, [...(teile.get(ziel) ?? []), ags]);
  }
  return teile;
}

/**
 * Applies the change list to the Gemeinden of the source. Changes dated on or before the
 * source's Gebietsstand are already in it and are skipped; chains (A → B → C) are followed.
 * Every inconsistency is reported against the line of the change list.
 */
export function wendeAenderungenAn(
  quellAgs: ReadonlySet<string>,
  aenderungen: readonly GepruefteZeile<GebietsaenderungZeile>[],
  gebietsstand: string,
): { zuordnung: Zuordnung; fehler: Fehler[] } {
  const fehler: Fehler[] = [];
  const faellig = aenderungen
    .filter((a) => a.daten.datum > gebietsstand)
    .sort((a, b) => a.daten.datum.localeCompare(b.daten.datum));
  const nachfolger = new Map<string, string>();
  const namen = new Map<string, string>();
  const bekannt = new Set(quellAgs);
  const neu = new Set<string>();
  for (const { zeile, daten: a } of faellig) {
    const f = widerspruch(zeile, a, quellAgs, bekannt, gebietsstand);
    if (f) {
      fehler.push(f);
      continue;
    }
    nachfolger.set(a.alt_ags, a.neu_ags);
    bekannt.delete(a.alt_ags);
    bekannt.add(a.neu_ags);
    namen.set(a.neu_ags, a.neu_name);
    if (!quellAgs.has(a.neu_ags)) neu.add(a.neu_ags);
  }
  return { zuordnung: { teile: teileNachHeute(quellAgs, nachfolger), namen, neu }, fehler };
}
