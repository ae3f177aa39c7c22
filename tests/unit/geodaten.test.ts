import { gzipSync } from 'node:zlib';
import fs from 'node:fs';
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { flaechen } from '../../src/lib/karte/ebenen.ts';
import { flacheFeatures, landflaechen } from '../../src/lib/geo/quelle.ts';
import { ladeGeodaten, PAKET_QUELLE, type GeladeneGeodaten } from '../../src/lib/laden/geo.ts';

// Runs the real pipeline on the npm package (or reads its cache) and checks the promises of the output.
let geo: GeladeneGeodaten;
beforeAll(() => {
  geo = ladeGeodaten();
});

const ebene = (e: string) => geo.gebiete.filter((g) => g.ebene === e);

describe('Geodaten', () => {
  it('holds exactly the 724 current Gemeinden, 116 Amt-level units, 8 Kreise and the Land', () => {
    expect(ebene('gemeinde')).toHaveLength(724);
    expect(ebene('amt')).toHaveLength(116);
    expect(ebene('kreis')).toHaveLength(8);
    expect(ebene('land')).toHaveLength(1);
    for (const [objekt, anzahl] of [
      ['gemeinden', 724],
      ['aemter', 116],
      ['kreise', 8],
      ['land', 1],
    ] as const) {
      expect(flaechen(geo.topologie, objekt).features).toHaveLength(anzahl);
    }
  });

  it('splits the Amt level into 76 Ämter, 38 amtsfreie Gemeinden and 2 kreisfreie Städte', () => {
    const arten = ebene('amt').map((g) => g.art);
    expect(arten.filter((a) => a === 'amt')).toHaveLength(76);
    expect(arten.filter((a) => a === 'amtsfrei')).toHaveLength(38);
    expect(arten.filter((a) => a === 'kreisfrei')).toHaveLength(2);
  });

  it('uses official keys as feature ids, the same set as the register', () => {
    const muster = { gemeinden: /^13\d{6}$/, aemter: /^13\d{7}$/, kreise: /^13\d{3}$/, land: /^13$/ } as const;
    for (const [objekt, re] of Object.entries(muster) as [keyof typeof muster, RegExp][]) {
      const ids = flaechen(geo.topologie, objekt).features.map((f) => String(f.id));
      expect(
        ids.every((id) => re.test(id)),
        objekt,
      ).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const ids = new Set(flaechen(geo.topologie, 'gemeinden').features.map((f) => String(f.id)));
    expect(ids).toEqual(new Set(ebene('gemeinde').map((g) => g.schluessel)));
  });

  it('applies the change list: gone AGS are absent, new ones present, Karlsburg and Toddin with new keys', () => {
    const schluessel = new Set(ebene('gemeinde').map((g) => g.schluessel));
    for (const { daten } of geo.aenderungen) {
      expect(schluessel.has(daten.alt_ags), daten.alt_name).toBe(false);
      expect(schluessel.has(daten.neu_ags), daten.neu_name).toBe(true);
    }
    const name = (s: string) => geo.gebiete.find((g) => g.schluessel === s)?.name;
    expect(name('13075156')).toBe('Karlsburg');
    expect(name('13076169')).toBe('Toddin');
    expect(name('13073107')).toBe('Mönchgut');
  });

  it('lets no Gemeinde vanish or collapse: every area stays within 50–150 % of its source parts', () => {
    const quelle = landflaechen(flacheFeatures(JSON.parse(fs.readFileSync(PAKET_QUELLE.gemeinden, 'utf8'))), '13');
    const flaecheAlt = new Map(
      quelle.map((e) => [
        e.rs.slice(0, 5) + e.rs.slice(9),
        geoArea({ type: 'Feature', properties: {}, geometry: e.geometrie }),
      ]),
    );
    const nachfolger = new Map(geo.aenderungen.map((a) => [a.daten.alt_ags, a.daten.neu_ags]));
    const heute = (ags: string): string => (nachfolger.has(ags) ? heute(nachfolger.get(ags)!) : ags);
    const soll = new Map<string, number>();
    for (const [ags, a] of flaecheAlt) soll.set(heute(ags), (soll.get(heute(ags)) ?? 0) + a);

    for (const f of flaechen(geo.topologie, 'gemeinden').features) {
      const verhaeltnis = geoArea(f) / soll.get(String(f.id))!;
      expect(verhaeltnis, `${f.id} ${f.properties.name}`).toBeGreaterThan(0.5);
      expect(verhaeltnis, `${f.id} ${f.properties.name}`).toBeLessThan(1.5);
    }
  });

  it('keeps every ring a ring (at least three distinct points)', () => {
    for (const f of flaechen(geo.topologie, 'gemeinden').features) {
      const polygone =
        (f.geometry as MultiPolygon).type === 'MultiPolygon'
          ? (f.geometry as MultiPolygon).coordinates
          : [(f.geometry as Polygon).coordinates];
      for (const ring of polygone.flat())
        expect(new Set(ring.map((p) => p.join())).size, String(f.id)).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the exclave: Göhlen with Leussow has two separate parts', () => {
    const goehlen = flaechen(geo.topologie, 'gemeinden').features.find((f) => f.id === '13076046')!;
    expect(goehlen.geometry.type).toBe('MultiPolygon');
    expect((goehlen.geometry as MultiPolygon).coordinates.length).toBeGreaterThanOrEqual(2);
  });

  it('stays within the size budget of 150 KB gzip', () => {
    expect(gzipSync(JSON.stringify(geo.topologie), { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
  });

  it('carries only the name as property', () => {
    for (const f of flaechen(geo.topologie, 'gemeinden').features) expect(Object.keys(f.properties)).toEqual(['name']);
  });

  it('gives every Gemeinde consistent parents in the register', () => {
    const register = new Map(geo.gebiete.map((g) => [g.schluessel, g]));
    for (const g of ebene('gemeinde')) {
      expect(register.get(g.kreis!)?.ebene, g.schluessel).toBe('kreis');
      expect(g.schluessel.startsWith(g.kreis!)).toBe(true);
      if (g.art === 'amtsangehörig') expect(register.get(g.amt!)?.art, g.schluessel).toBe('amt');
      else expect(g.amt).toBeUndefined();
    }
    expect(
      ebene('gemeinde')
        .filter((g) => g.art === 'kreisfrei')
        .map((g) => g.name),
    ).toEqual(['Rostock', 'Schwerin']);
    expect(register.get('13003')?.gemeinde).toBe('13003000');
  });
});

describe('landflaechen', () => {
  it('reads newer exports with ARS instead of RS, and nested collections', () => {
    const quadrat = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [12, 54],
          [12.1, 54],
          [12.1, 54.1],
          [12, 54],
        ],
      ],
    };
    const features = flacheFeatures([
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { ARS: '130730107107', GEN: 'Mönchgut', BEZ: 'Gemeinde', GF: 4 },
            geometry: quadrat,
          },
        ],
      },
      {
        type: 'Feature',
        properties: { ARS: '130730107107', GEN: 'Mönchgut', BEZ: 'Gemeinde', GF: 2 },
        geometry: quadrat,
      },
      {
        type: 'Feature',
        properties: { ARS: '010010000000', GEN: 'Flensburg', BEZ: 'Stadt', GF: 4 },
        geometry: quadrat,
      },
    ]);
    expect(landflaechen(features, '13').map((e) => [e.rs, e.name])).toEqual([['130730107107', 'Mönchgut']]);
  });

  it('refuses projected coordinates with a hint to reproject', () => {
    const utm = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [700000, 6000000],
          [700100, 6000000],
          [700100, 6000100],
          [700000, 6000000],
        ],
      ],
    };
    expect(() =>
      landflaechen(
        flacheFeatures([{ type: 'Feature', properties: { RS: '130730107107', GF: 4 }, geometry: utm }]),
        '13',
      ),
    ).toThrow(/EPSG:4326/);
  });
});
