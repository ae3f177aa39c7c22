import { describe, expect, it } from 'vitest';
import { bewerte, zaehle } from '../../src/lib/strukturen/merkmale.ts';
import type { StrukturZeile } from '../../src/lib/schema/strukturen.ts';
import { TEST_REGISTER } from '../hilfen/register.ts';
import { eltern, gemeindenVon, datenSchluessel } from '../../src/lib/gebiete/register.ts';
import { TEST_GEBIETE } from '../hilfen/register.ts';
import { strukturZeile } from '../hilfen/zeilen.ts';

const zeile = (gebiet: string, status: StrukturZeile['status'], stand = '2024', typ: StrukturZeile['typ'] = 'beirat') =>
  strukturZeile(gebiet, status, stand, typ);
const g = (s: string) => TEST_REGISTER.get(s)!;

describe('bewerte', () => {
  it('shows an own structure as vorhanden', () => {
    expect(bewerte([zeile('13075142', 'vorhanden')], TEST_REGISTER, g('13075142'), 'beirat').kategorie).toBe(
      'vorhanden',
    );
  });

  it('shows a Gemeinde covered by its Kreis as über Amt oder Kreis, with the Kreis named', () => {
    const b = bewerte([zeile('13075', 'vorhanden')], TEST_REGISTER, g('13075142'), 'beirat');
    expect(b.kategorie).toBe('ueber');
    expect(b.ueber?.gebiet.schluessel).toBe('13075');
    expect(b.eigene).toBeUndefined();
  });

  it('prefers the nearest parent: the Amt before the Kreis', () => {
    const b = bewerte(
      [zeile('13075', 'vorhanden'), zeile('130755553', 'vorhanden')],
      TEST_REGISTER,
      g('13075142'),
      'beirat',
    );
    expect(b.ueber?.gebiet.schluessel).toBe('130755553');
  });

  it('keeps an own plan before inherited coverage, and coverage before an own refusal', () => {
    expect(
      bewerte([zeile('13075', 'vorhanden'), zeile('13075142', 'beschlossen')], TEST_REGISTER, g('13075142'), 'beirat')
        .kategorie,
    ).toBe('geplant');
    expect(
      bewerte([zeile('13075', 'vorhanden'), zeile('13075142', 'abgelehnt')], TEST_REGISTER, g('13075142'), 'beirat')
        .kategorie,
    ).toBe('ueber');
    expect(bewerte([zeile('13075142', 'abgelehnt')], TEST_REGISTER, g('13075142'), 'beirat').kategorie).toBe('nein');
  });

  it('uses the newest observation: a refusal after a decision counts', () => {
    expect(
      bewerte(
        [zeile('13003000', 'beschlossen', '2024-01'), zeile('13003000', 'abgelehnt', '2024-12')],
        TEST_REGISTER,
        g('13003000'),
        'beirat',
      ).kategorie,
    ).toBe('nein');
  });

  it('never lets the Land cover a Kommune', () => {
    expect(bewerte([zeile('13', 'vorhanden')], TEST_REGISTER, g('13075039'), 'beirat').kategorie).toBe('unbekannt');
  });

  it('reads a kreisfreie Stadt and an amtsfreie Gemeinde at Kreis and Amt level from their AGS', () => {
    const zeilen = [zeile('13003000', 'vorhanden'), zeile('13075039', 'vorhanden')];
    expect(bewerte(zeilen, TEST_REGISTER, g('13003'), 'beirat').kategorie).toBe('vorhanden');
    expect(bewerte(zeilen, TEST_REGISTER, g('130750039'), 'beirat').kategorie).toBe('vorhanden');
  });

  it('treats a status "unbekannt" and no row alike, and separates the Merkmale', () => {
    expect(bewerte([zeile('13075142', 'unbekannt')], TEST_REGISTER, g('13075142'), 'beirat').kategorie).toBe(
      'unbekannt',
    );
    expect(
      bewerte([zeile('13075142', 'vorhanden', '2024', 'konzept')], TEST_REGISTER, g('13075142'), 'beirat').kategorie,
    ).toBe('unbekannt');
  });
});

describe('zaehle', () => {
  it('counts every category, including empty ones', () => {
    expect(zaehle([{ kategorie: 'vorhanden' }, { kategorie: 'unbekannt' }, { kategorie: 'unbekannt' }])).toEqual({
      vorhanden: 1,
      geplant: 0,
      ueber: 0,
      nein: 0,
      unbekannt: 2,
    });
  });
});

describe('Gebiet hierarchy', () => {
  it('walks parents from the nearest up', () => {
    expect(eltern(TEST_REGISTER, g('13075142')).map((x) => x.schluessel)).toEqual(['130755553', '13075', '13']);
    expect(eltern(TEST_REGISTER, g('13003000')).map((x) => x.schluessel)).toEqual(['13003', '13']);
    expect(eltern(TEST_REGISTER, g('13'))).toEqual([]);
  });

  it('lists the Gemeinden of an Amt, a Kreis and an amtsfreie unit', () => {
    expect(gemeindenVon(TEST_GEBIETE, g('13075')).map((x) => x.schluessel)).toEqual(['13075039', '13075142']);
    expect(gemeindenVon(TEST_GEBIETE, g('130755553')).map((x) => x.schluessel)).toEqual(['13075142']);
    expect(gemeindenVon(TEST_GEBIETE, g('130750039')).map((x) => x.schluessel)).toEqual(['13075039']);
    expect(datenSchluessel(g('13003'))).toBe('13003000');
  });
});
