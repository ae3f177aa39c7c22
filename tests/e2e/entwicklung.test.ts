import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { browserJeDatei, seiteOhneJs } from './browser.ts';

const browser = browserJeDatei();
const ereignisse = Papa.parse<Record<string, string>>(fs.readFileSync('data/ereignisse.csv', 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;

const oeffne = () => seiteOhneJs(browser(), '/entwicklung/');

describe('/entwicklung/ ohne JavaScript', () => {
  it('shows the counts over time as static SVG, with InTG, Kommunalwahl and Landtagswahl marked', async () => {
    const { kontext, seite } = await oeffne();
    const diagramm = seite.getByRole('img', { name: /^Gebiete mit Beirat, Beauftragter und Integrationskonzept/ });
    await expect.poll(() => diagramm.isVisible()).toBe(true);
    expect((await diagramm.boundingBox())!.width).toBeGreaterThan(600);
    expect(
      await diagramm.locator('[data-merkmal]').evaluateAll((els) => els.map((e) => e.getAttribute('data-merkmal'))),
    ).toEqual(['beirat', 'beauftragte', 'konzept']);
    const markiert = await diagramm
      .locator('[data-ereignis]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-ereignis'), e.textContent!.trim()]));
    expect(markiert).toEqual(ereignisse.map((e) => [e.datum, e.ereignis]));
    await kontext.close();
  });

  it('prints today’s counts at the line ends, the same as the last row of its table', async () => {
    const { kontext, seite } = await oeffne();
    const letzte = await seite.locator('[data-tabelle="entwicklung"] tbody tr').last().locator('td').allTextContents();
    const diagramm = seite.getByRole('img', { name: /^Gebiete mit Beirat/ });
    for (const [i, merkmal] of ['beirat', 'beauftragte', 'konzept'].entries()) {
      const ende = await diagramm.locator(`[data-merkmal="${merkmal}"] [data-endwert="vorhanden"]`).textContent();
      expect(ende, merkmal).toBe(letzte[2 * i]);
    }
    await kontext.close();
  });

  it('shows one small multiple per Kreis and kreisfreie Stadt, each visible and with its own table', async () => {
    const { kontext, seite } = await oeffne();
    const kreise = seite.locator('figure[data-diagramm^="entwicklung-"]');
    expect(
      await kreise.evaluateAll((els) => els.map((e) => e.getAttribute('data-diagramm')!.slice('entwicklung-'.length))),
    ).toEqual(['13003', '13004', '13071', '13072', '13073', '13074', '13075', '13076']);
    for (const kreis of await kreise.all()) {
      const svg = kreis.getByRole('img');
      expect(await svg.isVisible()).toBe(true);
      expect((await svg.boundingBox())!.width).toBeGreaterThan(250);
      expect(await svg.locator('[data-ereignis]').count()).toBe(ereignisse.length);
      expect(await kreis.locator('table tbody tr').count()).toBeGreaterThan(1);
    }
    // Same scale for all: the top of every row's scale carries the same number.
    const skalen = await seite
      .locator('figure[data-diagramm^="entwicklung-"] [data-merkmal="beirat"] g[text-anchor="end"] text')
      .allTextContents();
    expect(skalen).toHaveLength(8 * 2);
    expect(new Set(skalen.filter((t) => t !== '0')).size).toBe(1);
    await kontext.close();
  });

  it('compares the counts before and after the InTG in a table', async () => {
    const { kontext, seite } = await oeffne();
    const kopf = (await seite.locator('[data-tabelle="stichtage"] thead').textContent())!.replace(/\s+/g, ' ');
    // The columns come from data/ereignisse.csv: the day before the first event, every event so far, today.
    const deutsch = (tag: string) => tag.split('-').reverse().join('.');
    const tage = ereignisse.map((e) => e.datum!).sort();
    const vortag = new Date(Date.parse(`${tage[0]}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(kopf).toContain(deutsch(vortag));
    const heute = new Date().toISOString().slice(0, 10);
    for (const tag of tage.filter((t) => t <= heute)) expect(kopf).toContain(deutsch(tag));
    expect(kopf).toContain('heute');
    expect(await seite.locator('[data-tabelle="stichtage"] tbody tr').count()).toBe(9);
    await kontext.close();
  });
});
