import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { TABELLEN } from '../../src/lib/schema/index.ts';
import { TOPOJSON_PFAD } from '../../src/lib/veroeffentlichen/exporte.ts';

// No row is lost between CSV and site: count in = count out, for every table.
describe('built data', () => {
  for (const t of TABELLEN) {
    it(`carries every row of data/${t.datei}`, () => {
      const csv = Papa.parse<Record<string, string>>(fs.readFileSync(path.join('data', t.datei), 'utf8'), {
        header: true,
        skipEmptyLines: 'greedy',
      });
      const gebaut = JSON.parse(fs.readFileSync(path.join(inject('dist'), 'daten', `${t.name}.json`), 'utf8')) as {
        zeilen: Record<string, unknown>[];
      };
      expect(gebaut.zeilen).toHaveLength(csv.data.length);
      // Same rows in the same order: the source link is in every table and differs between most rows.
      expect(gebaut.zeilen.map((z) => z.quelle_url)).toEqual(csv.data.map((z) => z.quelle_url!.trim()));
    });
  }

  it('offers every CSV byte-identical to data/', () => {
    for (const t of TABELLEN) {
      expect(
        fs
          .readFileSync(path.join(inject('dist'), 'daten', `${t.name}.csv`))
          .equals(fs.readFileSync(path.join('data', t.datei))),
        t.datei,
      ).toBe(true);
    }
  });

  it('publishes the geometry with all levels for reuse', () => {
    const topo = JSON.parse(fs.readFileSync(path.join(inject('dist'), 'daten', TOPOJSON_PFAD), 'utf8'));
    expect(Object.keys(topo.objects).sort()).toEqual(['aemter', 'gemeinden', 'kreise', 'land', 'wasser']);
    expect(topo.objects.gemeinden.geometries).toHaveLength(724);
  });
});
