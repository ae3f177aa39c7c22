import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { TABELLEN } from '../../src/lib/schema/index.ts';
import { pruefeDaten, pruefeDeskriptor } from '../hilfen/frictionless.ts';

// The published data package, as a user downloads it from the built site.
const daten = () => path.join(inject('dist'), 'daten');
const paket = () => JSON.parse(fs.readFileSync(path.join(daten(), 'datapackage.json'), 'utf8'));
const ressource = (name: string) => paket().resources.find((r: { name: string }) => r.name === name);

describe('datapackage.json', () => {
  it('follows the Data Package, Data Resource and Table Schema specs', () => {
    expect(pruefeDeskriptor(paket())).toEqual([]);
  });

  it('describes files that exist in the build, with matching size, hash, header and cells', () => {
    const lies = (pfad: string) => {
      const datei = path.join(daten(), pfad);
      return fs.existsSync(datei) ? new Uint8Array(fs.readFileSync(datei)) : undefined;
    };
    const p = paket();
    expect(p.resources.length).toBeGreaterThanOrEqual(TABELLEN.length + 1 + 1 + 4);
    expect(pruefeDaten(p, lies)).toEqual([]);
  });

  it('lists the fields of every table in the order of the CSV header in data/', () => {
    for (const t of TABELLEN) {
      const [kopf] = Papa.parse<string[]>(fs.readFileSync(path.join('data', t.datei), 'utf8'), { preview: 1 }).data;
      expect(
        ressource(t.name).schema.fields.map((f: { name: string }) => f.name),
        t.datei,
      ).toEqual(kopf);
      expect(ressource(t.name).path).toBe(`${t.name}.csv`);
    }
  });

  it('licenses curated data CC BY 4.0, official statistics and geometry dl-de/by-2-0, by SPDX id', () => {
    const p = paket();
    expect(p.licenses).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: expect.stringMatching(/^https:\/\/creativecommons\.org\//) }),
    ]);
    const lizenz = (name: string) => ressource(name).licenses.map((l: { name: string }) => l.name);
    expect(lizenz('strukturen')).toEqual(['CC-BY-4.0']);
    for (const name of ['einwohner', 'gebiete', 'geometrie-topojson', 'gemeinden-geojson'])
      expect(lizenz(name), name).toEqual(['DL-DE-BY-2.0']);
  });

  it('lists every source address used in the data', () => {
    const quellen = new Set(paket().sources.map((s: { path: string }) => s.path));
    for (const t of TABELLEN) {
      const zeilen = Papa.parse<Record<string, string>>(fs.readFileSync(path.join('data', t.datei), 'utf8'), {
        header: true,
        skipEmptyLines: true,
      }).data;
      for (const z of zeilen) expect(quellen.has(z.quelle_url!.trim()), `${t.datei}: ${z.quelle_url}`).toBe(true);
    }
  });
});

describe('GeoJSON', () => {
  it('offers every level as a FeatureCollection with the official keys', () => {
    const anzahl = { gemeinden: 724, aemter: 116, kreise: 8, land: 1 };
    for (const [ebene, n] of Object.entries(anzahl)) {
      const fc = JSON.parse(fs.readFileSync(path.join(daten(), 'geo', `${ebene}.geo.json`), 'utf8'));
      expect(fc.type).toBe('FeatureCollection');
      expect(fc.features, ebene).toHaveLength(n);
      for (const f of fc.features) expect(f.id).toBe(f.properties.schluessel);
    }
  });
});
