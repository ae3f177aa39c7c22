import { beforeAll, describe, expect, it } from 'vitest';
import { ladeGeodaten, type GeladeneGeodaten } from '../../src/lib/laden/geo.ts';
import { gemeindenVon, registerAus, type Register } from '../../src/lib/gebiete/register.ts';
import {
  hatTeilkarte,
  kategorieFeldSvg,
  teilkarte,
  teilkarteSvg,
  type Teilflaeche,
} from '../../src/lib/karte/teilkarte.ts';
import { STIL } from '../../src/lib/karte/stil.ts';
import type { Kategorie } from '../../src/lib/strukturen/merkmale.ts';
import { TEST_REGISTER } from '../hilfen/register.ts';

// The geometry is the npm package's; the categories are a fixture, never today's data.
let geo: GeladeneGeodaten;
let register: Register;
beforeAll(() => {
  geo = ladeGeodaten();
  register = registerAus(geo.gebiete);
});
const punkte = (d: string) =>
  [...d.matchAll(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g)].map((m) => m[0].split(',').map(Number) as [number, number]);

/** Every Gemeinde of the Gebiet, the first `vorhanden`, the rest alternating `ueber` and `unbekannt`. */
function teile(schluessel: string): Teilflaeche[] {
  return gemeindenVon(geo.gebiete, register.get(schluessel)!).map((g, i) => ({
    schluessel: g.schluessel,
    kategorie: (i === 0 ? 'vorhanden' : i % 2 ? 'ueber' : 'unbekannt') as Kategorie,
  }));
}

describe('teilkarte', () => {
  it('fills the Gemeinden of an Amt by category, one path per category in legend order', () => {
    const k = teilkarte(geo.topologie, register.get('130755553')!, teile('130755553'));
    expect(k.flaechen.map((f) => f.kategorie)).toEqual(['vorhanden', 'ueber', 'unbekannt']);
    for (const f of k.flaechen) expect(f.d).toMatch(/^M/);
    expect(k.umriss).toMatch(/^M/);
    expect(k.feineGrenzen).toMatch(/^M/);
    // An Amt's map has no Amt borders inside.
    expect(k.grenzen).toBe('');
    for (const [x, y] of [...punkte(k.umriss), ...k.flaechen.flatMap((f) => punkte(f.d))]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(240);
    }
  });

  it('leaves out categories no Gemeinde has, and draws a Kreis with its Amt borders', () => {
    const alle = teile('13075').map((t) => ({ ...t, kategorie: 'nein' as Kategorie }));
    const k = teilkarte(geo.topologie, register.get('13075')!, alle);
    expect(k.flaechen.map((f) => f.kategorie)).toEqual(['nein']);
    expect(k.grenzen).toMatch(/^M/);
  });

  it('refuses a Gemeinde the geometry does not know', () => {
    const falsch = [...teile('130755553'), { schluessel: '13075999', kategorie: 'nein' as Kategorie }];
    expect(() => teilkarte(geo.topologie, register.get('130755553')!, falsch)).toThrow(/13075999/);
  });

  it('writes an SVG document with the map fills, hatch patterns for ueber and unbekannt, and a title', () => {
    const svg = teilkarteSvg(teilkarte(geo.topologie, register.get('130755553')!, teile('130755553')), 'A & B');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>A &amp; B</title>');
    expect(svg).toContain(`fill="${STIL.vorhanden.fuellung}" data-kategorie="vorhanden"`);
    for (const k of ['ueber', 'unbekannt'] as const) {
      expect(svg).toContain(`<pattern id="muster-${k}"`);
      expect(svg).toContain(`fill="url(#muster-${k})" data-kategorie="${k}"`);
      expect(svg).toContain(STIL[k].muster!.linie);
    }
    expect(svg).not.toContain('data-kategorie="nein"');
  });

  it('keeps a whole Kreis map small enough for a quick image (under 60 KB)', () => {
    for (const kreis of ['13071', '13072', '13073', '13074', '13075', '13076']) {
      const svg = teilkarteSvg(teilkarte(geo.topologie, register.get(kreis)!, teile(kreis)), kreis);
      expect(svg.length, kreis).toBeLessThan(60_000);
    }
  });

  it('draws swatches in the same fills, and maps only for Ämter and Landkreise', () => {
    expect(kategorieFeldSvg('vorhanden')).toContain(`fill="${STIL.vorhanden.fuellung}"`);
    expect(kategorieFeldSvg('geplant')).toContain(`fill="${STIL.geplant.muster!.grund}"`);
    expect(kategorieFeldSvg('ueber')).toContain('<pattern id="feld"');
    const art = (s: string) => hatTeilkarte(TEST_REGISTER.get(s)!);
    expect(['13075', '130755553', '13003', '130750039', '13075039', '13'].map(art)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
