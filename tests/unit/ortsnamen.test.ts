import type { Feature, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { nachbarstaat, umgebung } from '../../src/lib/geo/umgebung.ts';
import { flaechen, umriss } from '../../src/lib/karte/ebenen.ts';
import {
  type Kasten,
  kurzname,
  landesname,
  orteZumBeschriften,
  platziereOrtsnamen,
} from '../../src/lib/karte/ortsnamen.ts';
import { landProjektion } from '../../src/lib/karte/projektion.ts';
import { type GeladeneGeodaten, ladeGeodaten } from '../../src/lib/laden/geo.ts';
import type { EinwohnerZeile } from '../../src/lib/schema/einwohner.ts';
import { TEST_GEBIETE } from '../hilfen/register.ts';

const einwohner = (gebiet: string, zahl: number, stichtag = '2024-12-31') => ({
  zeile: 2,
  daten: { gebiet, einwohner: zahl, stichtag, quelle_url: 'https://example.org/', quelle_titel: 'Q' } as EinwohnerZeile,
});

describe('orteZumBeschriften', () => {
  it('takes the kreisfreie Städte and the Gemeinden from the threshold up, biggest first, by the newest figure', () => {
    const zeilen = [
      einwohner('13075039', 8000, '2020-12-31'),
      einwohner('13075039', 56000),
      einwohner('13075142', 700),
      einwohner('13003000', 1000),
    ];
    expect(orteZumBeschriften(TEST_GEBIETE, zeilen, 9000).map((o) => o.name)).toEqual(['Greifswald', 'Rostock']);
    // Raise the threshold in the data's place and the town drops out; the kreisfreie Stadt stays.
    expect(orteZumBeschriften(TEST_GEBIETE, zeilen, 60000).map((o) => o.name)).toEqual(['Rostock']);
  });

  it('shortens names to what the map needs', () => {
    expect(kurzname('Waren (Müritz)')).toBe('Waren');
    expect(kurzname('Bergen auf Rügen')).toBe('Bergen');
    expect(kurzname('Boizenburg/Elbe')).toBe('Boizenburg');
    expect(kurzname('Ribnitz-Damgarten')).toBe('Ribnitz-Damgarten');
  });
});

const ueberlappt = (a: Kasten, b: Kasten) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('platziereOrtsnamen on the real geometry', () => {
  let geo: GeladeneGeodaten;
  beforeAll(() => {
    geo = ladeGeodaten();
  });

  it('places every Gemeinde it can without overlaps, inside the frame, each name next to its dot', () => {
    const gemeinden = flaechen(geo.topologie, 'gemeinden').features;
    const flaeche = new Map(gemeinden.map((f) => [String(f.id), f]));
    // Every Gemeinde with a long-ish name, as if all were big towns: a crowded case.
    const orte = gemeinden
      .slice(0, 120)
      .map((f, i) => ({ schluessel: String(f.id), name: f.properties.name, einwohner: -i }));
    const projektion = landProjektion(800, 560, umriss(geo.topologie));
    const gesperrt = [landesname('Niedersachsen', [0, 560], 13, { breite: 800, hoehe: 560 }).kasten];
    const namen = platziereOrtsnamen(
      orte,
      (s) => flaeche.get(s),
      projektion,
      13,
      { breite: 800, hoehe: 560 },
      gesperrt,
    );
    expect(namen.length).toBeGreaterThan(20);
    expect(namen[0]!.schluessel).toBe(orte[0]!.schluessel);
    // Boxes as the placement sees them, rebuilt from the text anchor.
    const kaesten = namen.map((n) => {
      const b = n.name.length * 0.64 * 13;
      const x0 = n.text.anker === 'start' ? n.text.x : n.text.anker === 'end' ? n.text.x - b : n.text.x - b / 2;
      return { x0, y0: n.text.y - 0.95 * 13, x1: x0 + b, y1: n.text.y + 0.26 * 13 };
    });
    for (const [i, a] of kaesten.entries()) {
      expect(a.x0).toBeGreaterThanOrEqual(0);
      expect(a.x1).toBeLessThanOrEqual(800);
      expect(a.y0).toBeGreaterThanOrEqual(0);
      expect(a.y1).toBeLessThanOrEqual(560);
      expect(ueberlappt(a, gesperrt[0]!)).toBe(false);
      for (const b of kaesten.slice(i + 1)) expect(ueberlappt(a, b)).toBe(false);
      const { punkt } = namen[i]!;
      expect(
        Math.hypot(Math.max(a.x0 - punkt.x, 0, punkt.x - a.x1), Math.max(a.y0 - punkt.y, 0, punkt.y - a.y1)),
      ).toBeLessThan(13);
    }
  });
});

const quadrat = (rs: string, name: string, x: number, y: number, seite: number, gf = 4): Feature<Polygon> => ({
  type: 'Feature',
  properties: { RS: rs, GEN: name, GF: gf },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + seite, y],
        [x + seite + 0.001, y + 0.001],
        [x + seite, y + seite],
        [x + seite / 2, y + seite],
        [x, y + seite],
        [x, y],
      ],
    ],
  },
});

describe('umgebung', () => {
  it('keeps the other Länder near the Land, land parts only, with points closer than the spacing dropped', () => {
    const laender = [
      quadrat('13', 'Mecklenburg-Vorpommern', 11, 53, 2),
      quadrat('12', 'Brandenburg', 11, 51.5, 1.4),
      quadrat('12', 'Brandenburg', 12, 52, 0.5, 1),
      quadrat('09', 'Bayern', 11, 47, 2),
    ];
    const nachbarn = umgebung(laender, '13', 0.6, 0.01);
    expect(nachbarn.map((n) => n.name)).toEqual(['Brandenburg']);
    const ringe = nachbarn[0]!.geometrie.coordinates as number[][][][];
    expect(ringe).toHaveLength(1);
    // Five corners stay, the near-duplicate of a corner is gone, and the ring is closed again.
    expect(ringe[0]![0]).toHaveLength(6);
    expect(ringe[0]![0]![0]).toEqual(ringe[0]![0]!.at(-1));
    expect(umgebung(laender, '14')).toEqual([]);
  });

  it('takes a neighbouring country from another source: only its parts near the Land', () => {
    const land = [quadrat('13', 'Mecklenburg-Vorpommern', 11, 53, 2)];
    const staat: Feature = {
      type: 'Feature',
      properties: { name: 'Poland' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          quadrat('', '', 13.2, 53, 1).geometry.coordinates,
          quadrat('', '', 20, 50, 1).geometry.coordinates,
        ],
      },
    };
    const [polen] = nachbarstaat(staat, 'Polen', land, '13');
    expect(polen?.name).toBe('Polen');
    expect(polen?.geometrie.coordinates).toHaveLength(1);
    expect(nachbarstaat(undefined, 'Polen', land, '13')).toEqual([]);
  });
});
