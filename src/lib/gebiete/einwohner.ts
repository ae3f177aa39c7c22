import { datenSchluessel, type Gebiet } from './register.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';

/** The newest population figure of a Gebiet, or undefined when none is on file (shown as "unbekannt"). */
export function einwohnerVon(zeilen: readonly GepruefteZeile<EinwohnerZeile>[], g: Gebiet): EinwohnerZeile | undefined {
  const schluessel = datenSchluessel(g);
  let neueste: EinwohnerZeile | undefined;
  for (const { daten } of zeilen)
    if (daten.gebiet === schluessel && (!neueste || daten.stichtag > neueste.stichtag)) neueste = daten;
  return neueste;
}

/**
 * data/einwohner.csv holds every Gemeinde from about this many inhabitants upward (Gemeindeverzeichnis,
 * Stichtag 31.12.2024; see the research note einwohner.md). A Gemeinde without a row is therefore
 * most likely smaller. Pages may say so only with this reason, never as a certain figure.
 */
export const GEMEINDEN_ERFASST_AB = 6000;
