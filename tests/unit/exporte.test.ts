import Papa from 'papaparse';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { alsGeoJson, flaecheMitVorzeichen, GEO_OBJEKTE } from '../../src/lib/geo/geojson.ts';
import { ladeGeodaten } from '../../src/lib/laden/geo.ts';
import { REGISTER_FELDER, registerCsv } from '../../src/lib/veroeffentlichen/register-export.ts';
import { TEST_GEBIETE } from '../hilfen/register.ts';

// A square with a hole, both rings wound the "wrong" way for RFC 7946, in a one-object topology.
const QUADRAT: Topology = {
  type: 'Topology',
  objects: {
    gemeinden: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', id: '13075039', properties: { name: 'Greifswald' }, arcs: [[0], [1]] }],
    },
  },
  arcs: [
    [
      [0, 0],
      [0, 1.123456789],
      [1, 1.123456789],
      [1, 0],
      [0, 0],
    ],
    [
      [0.2, 0.2],
      [0.8, 0.2],
      [0.8, 0.8],
      [0.2, 0.8],
      [0.2, 0.2],
    ],
  ],
} as unknown as Topology;

describe('alsGeoJson', () => {
  it('carries the official key as id and property, rounds coordinates and winds rings as RFC 7946 asks', () => {
    const fc = alsGeoJson(QUADRAT, 'gemeinden');
    const [f] = fc.features;
    expect(f).toMatchObject({
      type: 'Feature',
      id: '13075039',
      properties: { schluessel: '13075039', name: 'Greifswald' },
      geometry: { type: 'Polygon' },
    });
    const [aussen, loch] = f!.geometry.coordinates as Position[][];
    expect(aussen).toContainEqual([1, 1.12346]);
    expect(flaecheMitVorzeichen(aussen!)).toBeGreaterThan(0);
    expect(flaecheMitVorzeichen(loch!)).toBeLessThan(0);
  });

  it('converts every level of the real geometry, all rings closed and wound outer-counterclockwise', () => {
    const { topologie } = ladeGeodaten();
    const anzahl = { gemeinden: 724, aemter: 116, kreise: 8, land: 1 };
    for (const objekt of GEO_OBJEKTE) {
      const fc = alsGeoJson(topologie, objekt);
      expect(fc.features, objekt).toHaveLength(anzahl[objekt]);
      for (const f of fc.features) {
        const polygone = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const ringe of polygone) {
          ringe.forEach((ring, i) => {
            expect(ring[0]).toEqual(ring.at(-1));
            expect(Math.sign(flaecheMitVorzeichen(ring)), `${f.id} Ring ${i}`).toBe(i === 0 ? 1 : -1);
            for (const [x, y] of ring)
              expect(x! > 10.5 && x! < 14.5 && y! > 53 && y! < 55, `${f.id}: ${x},${y}`).toBe(true);
          });
        }
      }
    }
  });
});

describe('registerCsv', () => {
  it('writes one line per Gebiet in the published column order, empty where a parent does not apply', () => {
    const csv = registerCsv(TEST_GEBIETE);
    const { data } = Papa.parse<string[]>(csv.trim());
    expect(data[0]).toEqual(Object.keys(REGISTER_FELDER));
    expect(data).toHaveLength(TEST_GEBIETE.length + 1);
    expect(data).toContainEqual([
      '13075142',
      'gemeinde',
      'Weitenhagen',
      'Gemeinde',
      'amtsangehörig',
      '13075',
      '130755553',
      '',
    ]);
    expect(csv.endsWith('\n')).toBe(true);
  });
});
