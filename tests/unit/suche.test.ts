import { describe, expect, it } from 'vitest';
import { abstand, normalisiere, suche } from '../../src/lib/gebiete/suche.ts';

const ORTE = [
  { s: '13072043', n: 'Güstrow' },
  { s: '13073075', n: 'Ribnitz-Damgarten' },
  { s: '13075039', n: 'Greifswald' },
  { s: '13003000', n: 'Rostock' },
  { s: '13072', n: 'Landkreis Rostock' },
  { s: '13075136', n: 'Ueckermünde' },
  { s: '130725255', n: 'Amt Güstrow-Land' },
  { s: '13074004', n: 'Benz' },
  { s: '13075010', n: 'Benz' },
];
const namen = (q: string) => suche(ORTE, q).map((t) => t.n);

describe('normalisiere', () => {
  it('folds umlauts, ß and their spelled-out forms, and punctuation', () => {
    expect(normalisiere('Güstrow')).toBe('gustrow');
    expect(normalisiere('Guestrow')).toBe('gustrow');
    expect(normalisiere('Boizenburg/ Elbe')).toBe('boizenburg elbe');
    expect(normalisiere('Waren (Müritz)')).toBe('waren muritz');
    expect(normalisiere('Groß Plasten')).toBe('gross plasten');
  });
});

describe('abstand', () => {
  it('counts edits and swapped neighbours as one', () => {
    expect(abstand('greifswald', 'greifswald')).toBe(0);
    expect(abstand('grefswald', 'greifswald')).toBe(1);
    expect(abstand('greifswlad', 'greifswald')).toBe(1);
    expect(abstand('abc', 'xyz', 1)).toBeGreaterThan(1);
  });
});

describe('suche', () => {
  it('finds Güstrow without umlaut and Ribnitz-Damgarten by its first part', () => {
    expect(namen('Gustrow')[0]).toBe('Güstrow');
    expect(namen('Guestrow')[0]).toBe('Güstrow');
    expect(namen('Ribnitz')).toEqual(['Ribnitz-Damgarten']);
    expect(namen('damgarten')).toEqual(['Ribnitz-Damgarten']);
  });

  it('forgives typos', () => {
    expect(namen('Greifswlad')).toEqual(['Greifswald']);
    expect(namen('Grefswald')).toEqual(['Greifswald']);
    expect(namen('Uckermunde')).toEqual(['Ueckermünde']);
  });

  it('ranks the exact name first, then longer names that contain it', () => {
    expect(namen('Rostock')).toEqual(['Rostock', 'Landkreis Rostock']);
    expect(namen('Güstrow')).toEqual(['Güstrow', 'Amt Güstrow-Land']);
  });

  it('returns both namesakes and nothing for one letter or nonsense', () => {
    expect(
      suche(ORTE, 'Benz')
        .map((t) => t.s)
        .sort(),
    ).toEqual(['13074004', '13075010']);
    expect(namen('G')).toEqual([]);
    expect(namen('xyzzy')).toEqual([]);
  });
});

describe('search by key and by level', () => {
  const gebiete = [
    { s: '13073029', n: 'Garz/Rügen', e: 2 },
    { s: '13073', n: 'Landkreis Vorpommern-Rügen', e: 0 },
    { s: '13075039', n: 'Greifswald', e: 2 },
    { s: '130750039', n: 'Greifswald', e: 1 },
  ];

  it('finds a Gebiet by its official key or the start of it', () => {
    expect(suche(gebiete, '13075039').map((g) => g.s)).toEqual(['13075039']);
    expect(suche(gebiete, '1307500').map((g) => g.s)).toEqual(['130750039']);
    expect(suche(gebiete, '13073').map((g) => g.s)[0]).toBe('13073');
  });

  it('ranks a Landkreis above a Gemeinde that only ends in the name', () => {
    expect(suche(gebiete, 'Rügen', 8, (g) => g.e)[0]?.n).toBe('Landkreis Vorpommern-Rügen');
  });
});
