import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladeDatenbestand } from '../../src/lib/laden/datenbestand.ts';
import { leereZwischenspeicher } from '../../src/lib/laden/zwischenspeicher.ts';
import { einwohner } from '../../src/lib/schema/index.ts';
import { datenKopie } from '../hilfen/musterabfrage.ts';

// npm run dev: after a CSV changes, the dev server empties the loaders' caches (laden/neuladen.ts), and the
// next page reads the new rows. Without that, a loader keeps what it read first.
describe('leereZwischenspeicher', () => {
  it('makes the loaders read a changed CSV again', () => {
    const daten = datenKopie();
    const anzahl = () => ladeDatenbestand(daten).zeilen(einwohner).length;
    const vorher = anzahl();
    const datei = path.join(daten, 'einwohner.csv');
    const zeilen = fs.readFileSync(datei, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(datei, `${zeilen.slice(0, -1).join('\n')}\n`);
    expect(anzahl()).toBe(vorher);
    leereZwischenspeicher();
    expect(anzahl()).toBe(vorher - 1);
  });
});
