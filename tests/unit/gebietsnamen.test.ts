import { describe, expect, it } from 'vitest';
import { eigenerJsonPfad, eigenerPfad, jsonPfad, leitetWeiter, seitenPfad } from '../../src/lib/gebiete/adressen.ts';
import { artName, lage } from '../../src/lib/gebiete/namen.ts';
import { TEST_REGISTER } from '../hilfen/register.ts';

const g = (s: string) => TEST_REGISTER.get(s)!;

describe('names of a Gebiet', () => {
  it('says what kind of Gebiet it is', () => {
    expect(
      ['13', '13003', '13075', '130755553', '130750039', '13003000', '13075039', '13075142'].map((s) => artName(g(s))),
    ).toEqual([
      'Land',
      'kreisfreie Stadt',
      'Landkreis',
      'Amt',
      'Amtsfreie Gemeinde',
      'kreisfreie Stadt',
      'amtsfreie Stadt',
      'amtsangehörige Gemeinde',
    ]);
  });

  it('tells namesakes apart by Amt and Kreis, never naming a kreisfreie Stadt twice', () => {
    expect(lage(TEST_REGISTER, g('13075142'))).toBe('Amt Landhagen, Landkreis Vorpommern-Greifswald');
    expect(lage(TEST_REGISTER, g('13075039'))).toBe('Landkreis Vorpommern-Greifswald');
    expect(lage(TEST_REGISTER, g('13003000'))).toBe('');
  });
});

describe('addresses', () => {
  it('gives every Gebiet its key URL and twin at its own level', () => {
    expect(eigenerPfad(g('13075142'))).toBe('/gemeinde/13075142/');
    expect(eigenerPfad(g('130755553'), '/atlas/')).toBe('/atlas/amt/130755553/');
    expect(eigenerPfad(g('13'))).toBe('/land/');
    expect(eigenerJsonPfad(g('13075'))).toBe('/kreis/13075.json');
    expect(eigenerJsonPfad(g('13'))).toBe('/land.json');
  });

  it('links twins straight to their Gemeinde, so no link goes through a forward', () => {
    expect(leitetWeiter(g('130750039'))).toBe(true);
    expect(leitetWeiter(g('13003'))).toBe(true);
    expect(leitetWeiter(g('13003000'))).toBe(false);
    expect(leitetWeiter(g('130755553'))).toBe(false);
    expect(seitenPfad(g('130750039'))).toBe('/gemeinde/13075039/');
    expect(seitenPfad(g('13003'), '/atlas/')).toBe('/atlas/gemeinde/13003000/');
    expect(jsonPfad(g('13003'))).toBe('/gemeinde/13003000.json');
    expect(seitenPfad(g('13075'))).toBe('/kreis/13075/');
    expect(jsonPfad(g('13075142'))).toBe('/gemeinde/13075142.json');
  });
});
