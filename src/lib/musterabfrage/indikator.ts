/**
 * The Musterabfrage as a map indicator (see src/lib/karte/indikatoren.ts): every Gebiet is
 * "hat geantwortet", "angefragt, keine Antwort" or "nicht angefragt", from abfrageStatusFuer().
 */
import type { IndikatorKategorie, IndikatorMitBewertung } from '../karte/indikatoren.ts';
import type { KategorieStil } from '../karte/stil.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import type { AnfrageZeile, AntwortZeile } from '../schema/musterabfrage.ts';
import { ABFRAGE_STATUS, abfrageStatusFuer, type AbfrageStatus } from './auswertung.ts';

/**
 * Okabe-Ito green and solid for answered; the open request hatched, the overdue one cross-hatched
 * and darker, not asked light grey with dots: each status has its own texture, not only a colour.
 */
const STIL: Record<AbfrageStatus, KategorieStil> = {
  geantwortet: { fuellung: '#009E73' },
  angefragt: {
    fuellung: 'url(#muster-angefragt)',
    muster: { id: 'muster-angefragt', grund: '#fbe6bd', linie: '#B07400', winkel: 45 },
  },
  ueberfaellig: {
    fuellung: 'url(#muster-ueberfaellig)',
    muster: { id: 'muster-ueberfaellig', art: 'kreuz', grund: '#f6d0c4', linie: '#8a2c0d', winkel: 45, breite: 0.9 },
  },
  'nicht-angefragt': {
    fuellung: 'url(#muster-nicht-angefragt)',
    muster: { id: 'muster-nicht-angefragt', art: 'punkte', grund: '#e6e6e6', linie: '#b2b2b2', winkel: 0, breite: 1.2 },
  },
};

export const ABFRAGE_KATEGORIEN: readonly IndikatorKategorie[] = ABFRAGE_STATUS.map((s) => ({ ...s, ...STIL[s.wert] }));

/** The indicator with its evaluation; the Stand is the day of the Verwaltung's answer, else of the request. */
export function abfrageIndikator(
  antworten: readonly GepruefteZeile<AntwortZeile>[],
  anfragen: readonly GepruefteZeile<AnfrageZeile>[],
  heute?: string,
): IndikatorMitBewertung {
  const status = abfrageStatusFuer(antworten, anfragen, heute);
  return {
    indikator: {
      id: 'musterabfrage',
      label: 'Musterabfrage',
      ebenen: ['gemeinden', 'aemter', 'kreise'],
      kategorien: ABFRAGE_KATEGORIEN,
      hinweis:
        'Ob die Verwaltung seit der jüngsten belegten Anfrage geantwortet hat und ob deren Frist verstrichen ist; ' +
        'Angaben von Dritten zählen hier nicht. Auf Amts- und Kreisebene zählt die Antwort des Amts oder Kreises.',
    },
    bewerte: (g) => {
      const s = status(g);
      return [s.status, s.letzteAntwort ?? s.letzteAnfrage ?? null, null];
    },
  };
}
