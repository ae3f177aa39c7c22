import { einwohnerVon } from '../gebiete/einwohner.ts';
import type { Gebiet, Register } from '../gebiete/register.ts';
import { bewerte, MERKMALE, type Merkmal } from './merkmale.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';

export interface Kennzahl {
  merkmal: Merkmal;
  /** Kreise and kreisfreie Städte with an own structure, of all 8. */
  kreise: { mit: number; von: number };
  /**
   * Gemeinden above the Beirat threshold in data/intg-aussagen.csv with an own structure, of all such
   * Gemeinden on file; undefined when the data names no threshold.
   */
  grosseGemeinden: { mit: number; von: number; schwelle: number } | undefined;
}

/**
 * Headline figures next to the map: own structures only, inherited ones do not count here. The
 * threshold is the one of the Beirat statement in the data (`beiratRegel`), never a constant.
 */
export function kennzahlen(
  gebiete: readonly Gebiet[],
  register: Register,
  strukturen: readonly GepruefteZeile<StrukturZeile>[],
  einwohner: readonly GepruefteZeile<EinwohnerZeile>[],
  schwelle: number | undefined,
): Kennzahl[] {
  const kreise = gebiete.filter((g) => g.ebene === 'kreis');
  const gross = gebiete.filter(
    (g) => g.ebene === 'gemeinde' && schwelle !== undefined && (einwohnerVon(einwohner, g)?.einwohner ?? 0) > schwelle,
  );
  const mit = (xs: readonly Gebiet[], m: Merkmal) =>
    xs.filter((g) => bewerte(strukturen, register, g, m).kategorie === 'vorhanden').length;
  return MERKMALE.map((merkmal) => ({
    merkmal,
    kreise: { mit: mit(kreise, merkmal), von: kreise.length },
    grosseGemeinden: schwelle === undefined ? undefined : { mit: mit(gross, merkmal), von: gross.length, schwelle },
  }));
}
