import { describe, expect, it } from 'vitest';
import { FONDS_STUFEN } from '../../src/lib/karte/fondsindikator.ts';
import type { IndikatorKategorie } from '../../src/lib/karte/indikatoren.ts';
import { STRUKTUR_KATEGORIEN } from '../../src/lib/karte/indikatoren.ts';
import { deckung, MEER, merkmalOhneFarbe, UMGEBUNG, UNBEKANNT_STIL } from '../../src/lib/karte/stil.ts';
import { ABFRAGE_KATEGORIEN } from '../../src/lib/musterabfrage/indikator.ts';
import { abstand, mische, rgb, type Sicht, simuliere } from '../hilfen/farbsehen.ts';

/** Below this CIE76 difference two map fills are hard to tell apart; every pair must stay above it. */
const MINDESTABSTAND = 8;
const SICHTEN: Sicht[] = ['normal', 'deuteranopie', 'protanopie', 'tritanopie'];

/** What a fill looks like from afar: a colour, or a pattern mixed by the share of its lines or dots. */
const wirkung = (k: Pick<IndikatorKategorie, 'fuellung' | 'muster'>) =>
  k.muster ? mische(k.muster.grund, k.muster.linie, deckung(k.muster)) : rgb(k.fuellung);

const PALETTEN: Record<string, readonly Pick<IndikatorKategorie, 'wert' | 'fuellung' | 'muster'>[]> = {
  Strukturen: STRUKTUR_KATEGORIEN,
  Integrationsfonds: [...FONDS_STUFEN, { wert: 'unbekannt', ...UNBEKANNT_STIL }],
  Musterabfrage: ABFRAGE_KATEGORIEN,
};

describe('map palette', () => {
  for (const [name, kategorien] of Object.entries(PALETTEN)) {
    it(`keeps every pair of ${name} categories and the sea apart, also under simulated colour blindness`, () => {
      const flaechen = [
        ...kategorien.map((k) => ({ wert: k.wert, farbe: wirkung(k) })),
        { wert: 'Meer', farbe: rgb(MEER) },
      ];
      const zu_nah: string[] = [];
      for (const sicht of SICHTEN)
        for (const [i, a] of flaechen.entries())
          for (const b of flaechen.slice(i + 1)) {
            const d = abstand(simuliere(a.farbe, sicht), simuliere(b.farbe, sicht));
            if (d < MINDESTABSTAND) zu_nah.push(`${sicht}: ${a.wert} / ${b.wert} (ΔE ${d.toFixed(1)})`);
          }
      expect(zu_nah).toEqual([]);
    });
  }

  // Status is never shown by colour alone: the Fonds classes are amounts on one scale, not statuses.
  for (const name of ['Strukturen', 'Musterabfrage'])
    it(`gives every ${name} category its own texture, so at most one is a plain solid fill`, () => {
      const merkmale = PALETTEN[name]!.map((k) => merkmalOhneFarbe(k.muster));
      expect(new Set(merkmale).size, merkmale.join(', ')).toBe(merkmale.length);
    });

  it('keeps the neighbouring Länder apart from the sea, also under simulated colour blindness', () => {
    for (const sicht of SICHTEN)
      expect(abstand(simuliere(rgb(UMGEBUNG), sicht), simuliere(rgb(MEER), sicht))).toBeGreaterThan(MINDESTABSTAND);
  });

  it('draws "über Amt oder Kreis" in another hue family than "vorhanden"', () => {
    const ueber = STRUKTUR_KATEGORIEN.find((k) => k.wert === 'ueber');
    const vorhanden = STRUKTUR_KATEGORIEN.find((k) => k.wert === 'vorhanden');
    expect(ueber?.muster?.linie).not.toBe(vorhanden?.fuellung);
  });
});
