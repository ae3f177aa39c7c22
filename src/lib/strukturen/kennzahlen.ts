import { einwohnerVon } from '../gebiete/einwohner.ts';
import type { Gebiet, Register } from '../gebiete/register.ts';
import { bewerte, MERKMALE, type Merkmal } from './merkmale.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';

/** The threshold the reported Beirat rule names ("mehr als 10.000 Einwohner"). */
export const GROSSE_GEMEINDE = 10_000;

export interface Kennzahl {
  merkmal: Merkmal;
  /** Kreise and kreisfreie Städte with an own structure, of all 8. */
  kreise: { mit: number; von: number };
  /** Gemeinden above 10,000 inhabitants with an own structure, of all such Gemeinden on file. */
  grosseGemeinden: { mit: number; von: number };
}

/** Headline figures next to the map: own structures only, inherited ones do not count here. */
export function kennzahlen(
  gebiete: readonly Gebiet[],
  register: Register,
  strukturen: readonly GepruefteZeile<StrukturZeile>[],
  einwohner: readonly GepruefteZeile<EinwohnerZeile>[],
): Kennzahl[] {
  const kreise = gebiete.filter((g) => g.ebene === 'kreis');
  const gross = gebiete.filter(
    (g) => g.ebene === 'gemeinde' && (einwohnerVon(einwohner, g)?.einwohner ?? 0) > GROSSE_GEMEINDE,
  );
  const mit = (xs: readonly Gebiet[], m: Merkmal) =>
    xs.filter((g) => bewerte(strukturen, register, g, m).kategorie === 'vorhanden').length;
  return MERKMALE.map((merkmal) => ({
    merkmal,
    kreise: { mit: mit(kreise, merkmal), von: kreise.length },
    grosseGemeinden: { mit: mit(gross, merkmal), von: gross.length },
  }));
}
