import { describe, expect, it } from 'vitest';
import type { Indikator } from '../../src/lib/karte/indikatoren.ts';
import { schlagzeilen } from '../../src/lib/karte/schlagzeile.ts';
import type { Kennzahl } from '../../src/lib/strukturen/kennzahlen.ts';

const indikator = (id: string, ebenen: Indikator['ebenen'], zeitraum?: string): Indikator => ({
  id,
  label: id === 'fonds' ? 'Integrationsfonds je Einwohner' : id,
  ebenen,
  kategorien: [],
  hinweis: '',
  zeitraum,
});
const KENNZAHLEN: Kennzahl[] = [
  { merkmal: 'beirat', kreise: { mit: 2, von: 8 }, grosseGemeinden: { mit: 3, von: 19, schwelle: 10_000 } },
  { merkmal: 'konzept', kreise: { mit: 1, von: 8 }, grosseGemeinden: undefined },
];

describe('headline above the map', () => {
  const s = schlagzeilen(
    {
      indikatoren: [
        indikator('beirat', ['gemeinden', 'aemter', 'kreise']),
        indikator('konzept', ['gemeinden']),
        indikator('fonds', ['kreise'], '2019 und 2023'),
        indikator('musterabfrage', ['gemeinden']),
      ],
      legende: {
        beirat: {
          gemeinden: { vorhanden: 4, ueber: 100, unbekannt: 606, nein: 14 },
          aemter: { vorhanden: 1, ueber: 20, unbekannt: 95 },
          kreise: { vorhanden: 2, unbekannt: 6 },
        },
        konzept: { gemeinden: { vorhanden: 5, unbekannt: 719 } },
        fonds: { kreise: { 'unter-050': 1, unbekannt: 7 } },
        musterabfrage: { gemeinden: { geantwortet: 0, angefragt: 0, 'nicht-angefragt': 724 } },
      },
    },
    KENNZAHLEN,
  );

  it('leads with the Gemeinden above the threshold from the data, and says how much is unknown', () => {
    expect(s.beirat?.gemeinden?.text).toBe(
      '3 von 19 Gemeinden über 10.000 Einwohnern haben einen eigenen Migrations- oder Integrationsbeirat; ' +
        'für 606 von 724 Gemeinden ist nichts bekannt.',
    );
  });

  it('counts own and covered units at the Amt and Kreis level', () => {
    expect(s.beirat?.aemter?.text).toBe(
      '1 von 116 Ämtern und amtsfreien Gemeinden hat einen eigenen Migrations- oder Integrationsbeirat, ' +
        '20 sind über Amt oder Kreis versorgt; für 95 von 116 Ämtern und amtsfreien Gemeinden ist nichts bekannt.',
    );
    expect(s.beirat?.kreise?.text).toMatch(/^2 von 8 Kreisen und kreisfreien Städten haben/);
  });

  it('falls back to all Gemeinden when the data names no threshold', () => {
    expect(s.konzept?.gemeinden?.text).toMatch(/^5 von 724 Gemeinden haben ein eigenes Integrationskonzept;/);
  });

  it('names the years of the fund and how many Kreise are known', () => {
    expect(s.fonds?.kreise?.text).toBe(
      'Integrationsfonds je Einwohner (2019 und 2023): Für 1 von 8 Kreisen und kreisfreien Städten ist ein Wert ' +
        'bekannt, für 7 nicht.',
    );
  });

  it('says that no Kommune has been asked yet, with a link to the survey', () => {
    expect(s.musterabfrage?.gemeinden).toEqual({
      text: 'Noch keine Kommune angefragt.',
      verweis: { text: 'Zur Musterabfrage', pfad: 'musterabfrage/' },
      leer: true,
    });
  });
});
