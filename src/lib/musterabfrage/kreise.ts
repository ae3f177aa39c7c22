import { anzeigeName } from '../gebiete/namen.ts';
import type { Register } from '../gebiete/register.ts';

/** The entries of one Kreis, with the name the pages show for it. */
export interface KreisGruppe<T> {
  kreis: string;
  name: string;
  eintraege: T[];
}

/**
 * Entries grouped by their Kreis, in the order of the Kreis keys, each group named as the pages name a Kreis. The
 * letters (by Kreis, and one page per Kreis) and the campaign's state group the same way.
 */
export function nachKreisen<T>(
  eintraege: readonly T[],
  kreisVon: (e: T) => string,
  register: Register,
): KreisGruppe<T>[] {
  return [...Map.groupBy(eintraege, kreisVon)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kreis, liste]) => {
      const gebiet = register.get(kreis);
      if (!gebiet) throw new Error(`Kreis ${kreis} steht nicht im Gebietsregister`);
      return { kreis, name: anzeigeName(gebiet), eintraege: liste };
    });
}
