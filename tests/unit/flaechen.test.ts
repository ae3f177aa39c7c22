import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { flaechenJeFuellung, startpunkt } from '../../src/lib/karte/flaechen.ts';
import { relativerPfad } from '../../src/lib/karte/projektion.ts';

/** A square Gemeinde at (x, y), written as the map writes its paths. */
const quadrat = (x: number, y: number, seite = 10): string =>
  relativerPfad(geoIdentity())({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x, y + seite],
        [x + seite, y + seite],
        [x + seite, y],
        [x, y],
      ],
    ],
  });

describe('startpunkt', () => {
  it('reads the first point in every way the map joins numbers', () => {
    expect(startpunkt('M351.5 162.7l.1 9.4z')).toEqual({ x: 351.5, y: 162.7 });
    expect(startpunkt('M351.5-162.7h1z')).toEqual({ x: 351.5, y: -162.7 });
    expect(startpunkt('M3.5.5v1z')).toEqual({ x: 3.5, y: 0.5 });
    expect(startpunkt('M12 3l1 1z')).toEqual({ x: 12, y: 3 });
  });

  it('reads the paths the projection writes', () => {
    for (const [x, y] of [
      [0, 0],
      [123.4, 56.7],
      [799.9, 0.1],
    ] as const)
      expect(startpunkt(quadrat(x, y))).toEqual({ x, y });
  });

  it('refuses a path that does not begin with an absolute M, with what it got', () => {
    expect(() => startpunkt('m1 2h3z')).toThrow(/absoluten M \(got "m1 2h3z"\)/);
    expect(() => startpunkt('')).toThrow(/absoluten M/);
  });
});

describe('flaechenJeFuellung', () => {
  const pfade = [quadrat(10, 10), quadrat(30, 10), quadrat(250, 10), quadrat(10, 250), quadrat(20, 20)];

  it('joins the paths of one fill and one cell, in the order they come', () => {
    const f = flaechenJeFuellung(['#a', '#b', '#a', '#a', '#a'], pfade, 200);
    expect([...f.keys()]).toEqual(['#a 0,0', '#b 0,0', '#a 1,0', '#a 0,1']);
    expect(f.get('#a 0,0')).toEqual({ fuellung: '#a', d: pfade[0]! + pfade[4]! });
    expect(f.get('#b 0,0')).toEqual({ fuellung: '#b', d: pfade[1] });
    expect(f.get('#a 1,0')?.d).toBe(pfade[2]);
  });

  it('draws every Gemeinde exactly once, whatever the cell size', () => {
    for (const zelle of [1, 15, 200, 10_000]) {
      const f = [...flaechenJeFuellung(['#a', '#b', '#a', 'url(#m)', '#b'], pfade, zelle).values()];
      const gezeichnet = f.flatMap((x) => x.d.split(/(?=M)/));
      expect(gezeichnet.toSorted()).toEqual([...pfade].sort());
    }
  });

  it('one shape per fill when the cell covers the whole map', () => {
    const f = flaechenJeFuellung(['#a', '#b', '#a', '#a', '#b'], pfade, 10_000);
    expect([...f.values()].map((x) => x.fuellung)).toEqual(['#a', '#b']);
  });

  it('refuses fills and paths that do not pair up', () => {
    expect(() => flaechenJeFuellung(['#a'], pfade, 200)).toThrow('1 Füllungen für 5 Gemeindeflächen');
  });
});
