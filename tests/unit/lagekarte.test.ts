import { beforeAll, describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { flaechen } from '../../src/lib/karte/ebenen.ts';
import { innenpunkt, lagekarte } from '../../src/lib/karte/lage.ts';
import { ladeGeodaten, type GeladeneGeodaten } from '../../src/lib/laden/geo.ts';
import { registerAus, type Register } from '../../src/lib/gebiete/register.ts';

// On the real geometry: the frame, the borders and the highlighted Gebiet of the locator map.
let geo: GeladeneGeodaten;
let register: Register;
beforeAll(() => {
  geo = ladeGeodaten();
  register = registerAus(geo.gebiete);
});
const karte = (s: string) => lagekarte(geo.topologie, register.get(s)!);
const punkte = (d: string) =>
  [...d.matchAll(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g)].map((m) => m[0].split(',').map(Number) as [number, number]);

describe('lagekarte', () => {
  it('shows a Gemeinde inside its Kreis, with Gemeinde and Amt borders and a ring at its centre', () => {
    const k = karte('13075142');
    expect(k.rahmen).toBe('13075');
    expect(k.feineGrenzen).toMatch(/^M/);
    expect(k.grenzen).toMatch(/^M/);
    expect(k.hervorgehoben).toMatch(/^M/);
    expect(k.mitte).not.toBeNull();
    // Everything lies inside the 320 × 240 frame.
    for (const [x, y] of [...punkte(k.flaeche), ...punkte(k.hervorgehoben)]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(240);
    }
    // The ring sits on the Gemeinde: inside its bounding box.
    const xs = punkte(k.hervorgehoben).map((p) => p[0]);
    const ys = punkte(k.hervorgehoben).map((p) => p[1]);
    expect(k.mitte![0]).toBeGreaterThanOrEqual(Math.min(...xs));
    expect(k.mitte![0]).toBeLessThanOrEqual(Math.max(...xs));
    expect(k.mitte![1]).toBeGreaterThanOrEqual(Math.min(...ys));
    expect(k.mitte![1]).toBeLessThanOrEqual(Math.max(...ys));
  });

  it('draws every page of one Kreis on the same frame and highlights only the Gebiet', () => {
    const a = karte('13075142');
    const b = karte('130755553');
    expect(b.flaeche).toBe(a.flaeche);
    expect(b.hervorgehoben).not.toBe(a.hervorgehoben);
  });

  it('shows Kreise and kreisfreie Städte in the Land, and the Land without highlight', () => {
    expect(karte('13075')).toMatchObject({ rahmen: '13', feineGrenzen: '', mitte: null });
    expect(karte('13075').hervorgehoben).toMatch(/^M/);
    expect(karte('13003000').rahmen).toBe('13');
    expect(karte('13003000').mitte).not.toBeNull();
    expect(karte('13')).toMatchObject({ rahmen: '13', hervorgehoben: '', mitte: null });
  });

  it('puts the ring inside every Gemeinde and Amt, also those wrapped around a town', () => {
    for (const objekt of ['gemeinden', 'aemter'] as const) {
      for (const f of flaechen(geo.topologie, objekt).features)
        expect(geoContains(f, innenpunkt(f)), `${f.id} ${f.properties.name}`).toBe(true);
    }
  });

  it(
    'stays small: a whole Kreis frame with all borders under 24 KB of path data (the page budget is 30 KB ' + 'gzip)',
    () => {
      for (const kreis of ['13071', '13072', '13073', '13074', '13075', '13076']) {
        const k = karte(geo.gebiete.find((g) => g.ebene === 'gemeinde' && g.kreis === kreis)!.schluessel);
        expect(k.flaeche.length + k.feineGrenzen.length + k.grenzen.length, kreis).toBeLessThan(24_000);
      }
    },
  );
});
