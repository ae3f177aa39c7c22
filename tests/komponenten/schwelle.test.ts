import fs from 'node:fs';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Startseite from '../../src/pages/index.astro';
import Handlungsbedarf from '../../src/pages/handlungsbedarf/index.astro';
import { ladeDatenbestand } from '../../src/lib/laden/datenbestand.ts';
import { einwohnerVon } from '../../src/lib/gebiete/einwohner.ts';
import { einwohner } from '../../src/lib/schema/index.ts';
import { datenKopie } from '../hilfen/musterabfrage.ts';

// The Beirat threshold is data (data/intg-aussagen.csv, einwohner_ueber). On a copy with another
// threshold, the key figures, the headline above the map and /handlungsbedarf/ must all follow it.
const NEUE_SCHWELLE = 20_000;
let startseite = '';
let bedarf = '';
let daten = '';

beforeAll(async () => {
  daten = datenKopie();
  const datei = path.join(daten, 'intg-aussagen.csv');
  const alt = fs.readFileSync(datei, 'utf8');
  const neu = alt.replace(/^(beirat-gemeinden,beirat,[^\n]*?,Gemeinden,)10000,/m, `$1${NEUE_SCHWELLE},`);
  expect(neu).not.toBe(alt);
  fs.writeFileSync(datei, neu);
  process.env.DATEN_VERZEICHNIS = daten;
  const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
  startseite = await container.renderToString(Startseite);
  bedarf = await container.renderToString(Handlungsbedarf);
}, 120_000);

afterAll(() => {
  delete process.env.DATEN_VERZEICHNIS;
});

describe('Beirat threshold from the data', () => {
  it('moves the key figures and the headline', () => {
    expect(startseite).toContain('Gemeinden über 20.000');
    expect(startseite).not.toContain('über 10.000');
    expect(startseite).toMatch(/<span data-schlagzeile[^>]*>\d+ von \d+ Gemeinden über 20\.000 Einwohnern/);
  });

  it('lists on /handlungsbedarf/ exactly the Gemeinden above or near the new threshold', () => {
    const d = ladeDatenbestand(daten);
    const band = NEUE_SCHWELLE * 0.05;
    const erwartet = d.gebiete
      .filter((g) => g.ebene === 'gemeinde')
      .filter((g) => (einwohnerVon(d.zeilen(einwohner), g)?.einwohner ?? 0) >= NEUE_SCHWELLE - band)
      .map((g) => g.schluessel)
      .sort();
    const tabelle = bedarf.match(/data-bedarf="beirat-gemeinden"[\s\S]*?<\/table>/)?.[0] ?? '';
    const gelistet = [...tabelle.matchAll(/data-gebiet="(\d+)"/g)].map((m) => m[1]).sort();
    expect(gelistet.length).toBeGreaterThan(0);
    expect(gelistet).toEqual(erwartet);
    expect(bedarf).toContain('ab mehr als 20.000 Einwohnern');
  });
});
