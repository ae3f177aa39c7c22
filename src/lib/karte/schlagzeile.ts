import { zahl } from '../darstellung/format.ts';
import type { Kennzahl } from '../strukturen/kennzahlen.ts';
import { MERKMALE, type Merkmal } from '../strukturen/merkmale.ts';
import type { Indikator } from './indikatoren.ts';
import type { KartenDaten } from './kartendaten.ts';
import { ebenenDativ, type KartenEbene } from './zustand.ts';

/**
 * The sentence above the map that says what the view shows, computed from the same counts as the
 * legend and the key figures. `leer` marks an indicator that has no data yet; the legend repeats it.
 */
export interface Schlagzeile {
  text: string;
  verweis?: { text: string; pfad: string } | undefined;
  leer?: true | undefined;
}

export type Schlagzeilen = Record<string, Partial<Record<KartenEbene, Schlagzeile>>>;

const EIGENE: Record<Merkmal, string> = {
  beirat: 'einen eigenen Migrations- oder Integrationsbeirat',
  beauftragte: 'eine eigene Integrationsbeauftragte oder einen eigenen Integrationsbeauftragten',
  konzept: 'ein eigenes Integrationskonzept',
};

const haben = (n: number) => (n === 1 ? 'hat' : 'haben');
const istMerkmal = (id: string): id is Merkmal => (MERKMALE as readonly string[]).includes(id);

export function schlagzeilen(
  daten: Pick<KartenDaten, 'indikatoren' | 'legende'>,
  kennzahlen: readonly Kennzahl[],
): Schlagzeilen {
  const ergebnis: Schlagzeilen = {};
  for (const indikator of daten.indikatoren) {
    const je: Partial<Record<KartenEbene, Schlagzeile>> = {};
    for (const ebene of indikator.ebenen) {
      const anzahl = daten.legende[indikator.id]?.[ebene] ?? {};
      je[ebene] = schlagzeile(indikator, ebene, anzahl, kennzahlen);
    }
    ergebnis[indikator.id] = je;
  }
  return ergebnis;
}

function schlagzeile(
  indikator: Indikator,
  ebene: KartenEbene,
  anzahl: Record<string, number>,
  kennzahlen: readonly Kennzahl[],
): Schlagzeile {
  const gesamt = Object.values(anzahl).reduce((a, b) => a + b, 0);
  const von = (k: string) => anzahl[k] ?? 0;
  const einheit = ebenenDativ(ebene);
  if (istMerkmal(indikator.id)) {
    const eigene = EIGENE[indikator.id];
    const unbekannt = `für ${zahl(von('unbekannt'))} von ${zahl(gesamt)} ${einheit} ist nichts bekannt.`;
    const gross = kennzahlen.find((k) => k.merkmal === indikator.id)?.grosseGemeinden;
    if (ebene === 'gemeinden' && gross)
      return {
        text:
          `${zahl(gross.mit)} von ${zahl(gross.von)} Gemeinden über ${zahl(gross.schwelle)} Einwohnern ` +
          `${haben(gross.mit)} ${eigene}; ${unbekannt}`,
      };
    const ueber = von('ueber') > 0 ? `, ${zahl(von('ueber'))} sind über Amt oder Kreis versorgt` : '';
    return {
      text:
        `${zahl(von('vorhanden'))} von ${zahl(gesamt)} ${einheit} ` +
        `${haben(von('vorhanden'))} ${eigene}${ueber}; ${unbekannt}`,
    };
  }
  if (indikator.id === 'musterabfrage') {
    const angefragt = gesamt - von('nicht-angefragt');
    if (angefragt === 0)
      return {
        text: 'Noch keine Kommune angefragt.',
        verweis: { text: 'Zur Musterabfrage', pfad: 'musterabfrage/' },
        leer: true,
      };
    return {
      text:
        `${zahl(von('geantwortet'))} von ${zahl(angefragt)} angefragten ${einheit} ` +
        `${haben(von('geantwortet'))} auf die Musterabfrage geantwortet.`,
    };
  }
  const bekannt = gesamt - von('unbekannt');
  const zeitraum = indikator.zeitraum ? ` (${indikator.zeitraum})` : '';
  return {
    text:
      `${indikator.label}${zeitraum}: Für ${zahl(bekannt)} von ${zahl(gesamt)} ${einheit} ist ein Wert bekannt, ` +
      `für ${zahl(von('unbekannt'))} nicht.`,
    ...(bekannt === 0 ? { leer: true as const } : {}),
  };
}
