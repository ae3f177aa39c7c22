import { describe, expect, it } from 'vitest';
import { einzahlVon, EBENEN_NAMEN } from '../../src/lib/gebiete/ebenennamen.ts';
import { ansageText, gebietsInfo, kartenIndex } from '../../src/lib/karte/info.ts';
import type { KartenDaten } from '../../src/lib/karte/kartendaten.ts';

const DATEN: KartenDaten = {
  gebiete: [
    { s: '13000001', n: 'Dorf', e: 'gemeinde', k: '13001', a: '130010001', p: 'gemeinde/13000001/' },
    { s: '130010001', n: 'Amt Heide', e: 'amt', k: '13001', p: 'amt/130010001/' },
    { s: '13001', n: 'Landkreis Heide', e: 'kreis', p: 'kreis/13001/' },
  ],
  indikatoren: [
    {
      id: 'beirat',
      label: 'Beirat',
      ebenen: ['gemeinden', 'aemter', 'kreise'],
      kategorien: [
        { wert: 'ueber', label: 'über Amt oder Kreis', erklaerung: '', fuellung: '#000' },
        { wert: 'vorhanden', label: 'vorhanden', erklaerung: '', fuellung: '#111' },
      ],
      hinweis: '',
    },
  ],
  bewertung: {
    beirat: {
      '13000001': ['ueber', '2024-03', '13001'],
      '130010001': ['ueber', '2024-03', '13001'],
      '13001': ['vorhanden', '2024-03', null],
    },
  },
  legende: {},
  schlagzeilen: {},
};

describe('tooltip and live region', () => {
  const index = kartenIndex(DATEN);

  it('names the unit of the level with status, covering Kreis and Stand', () => {
    const info = gebietsInfo(index, '13000001', { ebene: 'gemeinden', merkmal: 'beirat' });
    expect(info).toEqual({
      titel: 'Dorf',
      zeilen: ['Beirat: über Amt oder Kreis', 'über Landkreis Heide', 'Stand: März 2024'],
    });
    expect(gebietsInfo(index, '13000001', { ebene: 'kreise', merkmal: 'beirat' })?.titel).toBe('Landkreis Heide');
  });

  it('speaks with pauses between the parts, never run together', () => {
    const info = gebietsInfo(index, '13000001', { ebene: 'kreise', merkmal: 'beirat' });
    expect(info && ansageText(info)).toBe('Landkreis Heide. Beirat: vorhanden. Stand: März 2024.');
  });

  it('names the origin of a fact that is no table row instead of its Stand', () => {
    const mitHerkunft = kartenIndex({
      ...DATEN,
      bewertung: {
        beirat: { ...DATEN.bewertung.beirat, '13001': ['vorhanden', '2027-03-12', null, 'Selbstauskunft'] },
      },
    });
    expect(gebietsInfo(mitHerkunft, '13000001', { ebene: 'kreise', merkmal: 'beirat' })?.zeilen).toEqual([
      'Beirat: vorhanden',
      'Selbstauskunft',
    ]);
  });

  it('has nothing to say for a key that is not on the map', () => {
    expect(gebietsInfo(index, '13999999', { ebene: 'gemeinden', merkmal: 'beirat' })).toBeUndefined();
  });
});

describe('level names', () => {
  it('come from one list, singular and plural', () => {
    expect(einzahlVon('amt')).toBe('Amt');
    expect(EBENEN_NAMEN.kreise.dativ).toBe('Kreisen und kreisfreien Städten');
  });
});
