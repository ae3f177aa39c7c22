import { describe, expect, it } from 'vitest';
import type { Gebiet } from '../../src/lib/gebiete/register.ts';
import { ladeDatenbestand } from '../../src/lib/laden/datenbestand.ts';
import { ladeHandlungsbedarf } from '../../src/lib/laden/karte.ts';
import { bedarfZeilen, beiratRegel } from '../../src/lib/politik/handlungsbedarf.ts';
import { intgAussagen } from '../../src/lib/schema/index.ts';

// Checked against whatever the data says today: the order and the threshold rule, not a named Gemeinde.
describe('Handlungsbedarf', () => {
  const d = ladeDatenbestand();
  const bedarfe = ladeHandlungsbedarf(d);

  it('lists for the Beirat rule only Gemeinden above or near its threshold, missing and unknown first', () => {
    const regel = beiratRegel(d.zeilen(intgAussagen));
    const beirat = bedarfe.find((b) => b.aussage.id === regel?.id);
    expect(regel?.einwohner_ueber).toBeDefined();
    expect(beirat?.zeilen.length).toBeGreaterThan(0);
    const schwelle = regel?.einwohner_ueber ?? 0;
    const band = (schwelle * (regel?.grenzbereich_prozent ?? 0)) / 100;
    for (const z of beirat?.zeilen ?? []) {
      expect(z.gebiet.ebene).toBe('gemeinde');
      expect(z.einwohner ?? 0).toBeGreaterThanOrEqual(schwelle - band);
      expect(z.grenzfall).toBe(Math.abs((z.einwohner ?? 0) - schwelle) <= band);
    }
    const rang = (k: string | undefined) => ['nein', 'unbekannt', 'ueber', 'geplant', 'vorhanden'].indexOf(k ?? '');
    const raenge = (beirat?.zeilen ?? []).map((z) => rang(z.kategorie));
    expect(raenge).toEqual([...raenge].sort((a, b) => a - b));
  });

  it('lists nothing for rules the atlas has no data on, and never the Land', () => {
    for (const b of bedarfe) {
      expect(b.aussage.adressaten).not.toBe('Land');
      if (b.merkmal === undefined) expect(b.zeilen).toEqual([]);
    }
  });

  it('writes one CSV row per listed Gebiet, with unknown values empty', () => {
    const zeilen = bedarfZeilen(
      bedarfe,
      (g: Gebiet) => g.name,
      (k) => k,
    );
    expect(zeilen.length).toBe(bedarfe.reduce((n, b) => n + b.zeilen.length, 0));
    for (const z of zeilen) expect(z.status === undefined || z.status !== '').toBe(true);
  });
});
