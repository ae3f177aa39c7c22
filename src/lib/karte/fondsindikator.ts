import { einwohnerVon } from '../gebiete/einwohner.ts';
import { bewilligungenJeKreis, jeEinwohner, summe } from '../fonds/bewilligungen.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { FondsBewilligungZeile } from '../schema/fonds.ts';
import { vergleicheStand } from '../strukturen/stand.ts';
import type { IndikatorMitBewertung } from './indikatoren.ts';
import { UNBEKANNT_STIL } from './stil.ts';

/**
 * Fixed classes of euro per inhabitant. With approvals known for so few Kreise, classes from the
 * data (quantiles) would only describe the gaps; fixed steps stay comparable as data grows.
 */
export const FONDS_STUFEN = [
  {
    wert: 'unter-050',
    label: 'unter 0,50 € je Einwohner',
    erklaerung: 'Summe der bekannten Bewilligungen und Zuweisungen unter 0,50 € je Einwohnerin und Einwohner.',
    fuellung: '#c6dbef',
    bis: 0.5,
  },
  {
    wert: '050-bis-2',
    label: '0,50 € bis unter 2 € je Einwohner',
    erklaerung:
      'Summe der bekannten Bewilligungen und Zuweisungen von 0,50 € bis unter 2 € je Einwohnerin und Einwohner.',
    fuellung: '#6baed6',
    bis: 2,
  },
  {
    wert: 'ab-2',
    label: '2 € und mehr je Einwohner',
    erklaerung: 'Summe der bekannten Bewilligungen und Zuweisungen von 2 € und mehr je Einwohnerin und Einwohner.',
    fuellung: '#2171b5',
    bis: Infinity,
  },
] as const;

export function fondsStufe(jeEinwohnerEuro: number): (typeof FONDS_STUFEN)[number]['wert'] {
  return FONDS_STUFEN.find((s) => jeEinwohnerEuro < s.bis)!.wert;
}

/** Integrationsfonds approvals per inhabitant, Kreis level: the sum over every year a source lists. */
export function fondsIndikator(
  bewilligungen: readonly GepruefteZeile<FondsBewilligungZeile>[],
  einwohner: readonly GepruefteZeile<EinwohnerZeile>[],
): IndikatorMitBewertung {
  const jeKreis = bewilligungenJeKreis(bewilligungen);
  const jahre = [...new Set(jeKreis.map((k) => k.jahr))].sort();
  return {
    indikator: {
      id: 'fonds',
      label: 'Integrationsfonds je Einwohner',
      ebenen: ['kreise'],
      kategorien: [
        ...FONDS_STUFEN.map(({ bis: _bis, ...k }) => k),
        {
          wert: 'unbekannt',
          label: 'unbekannt',
          erklaerung:
            'Für diesen Kreis ist keine Bewilligung oder Zuweisung mit Betrag bekannt – ' +
            'das heißt nicht, dass er nichts erhalten hat.',
          ...UNBEKANNT_STIL,
        },
      ],
      zeitraum:
        jahre.length > 0 ? new Intl.ListFormat('de', { type: 'conjunction' }).format(jahre.map(String)) : undefined,
      hinweis:
        `Summe der einzeln belegten Bewilligungen und Zuweisungen (Jahre: ${jahre.join(', ') || 'keine'}) ` +
        'je Einwohner nach dem jüngsten Stichtag; eine Untergrenze, keine Gesamtsumme.',
    },
    bewerte: (kreis) => {
      const gruppen = jeKreis.filter((k) => k.kreis === kreis.schluessel);
      const zeilen = gruppen.flatMap((k) => k.zeilen);
      const wert = jeEinwohner(summe(zeilen.map((z) => z.daten.betrag_eur)), einwohnerVon(einwohner, kreis)?.einwohner);
      const stand =
        zeilen
          .map((z) => z.daten.stand)
          .sort(vergleicheStand)
          .at(-1) ?? null;
      return wert === undefined ? ['unbekannt', stand, null] : [fondsStufe(wert), stand, null];
    },
  };
}
