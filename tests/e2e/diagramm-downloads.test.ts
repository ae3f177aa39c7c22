import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei } from './browser.ts';

// Every chart offers SVG, PNG and CSV, made in the build: the files exist, are valid, and carry
// the same numbers as the chart's table on the page.
const browser = browserJeDatei();
const PNG_SIGNATUR = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('chart downloads', () => {
  for (const pfad of ['/integrationsfonds/', '/entwicklung/']) {
    it(`offers valid SVG, PNG and CSV for every chart on ${pfad}`, async () => {
      const kontext = await browser().newContext({ javaScriptEnabled: false });
      const seite = await kontext.newPage();
      await seite.goto(inject('basisUrl') + pfad);
      const links = await seite
        .locator('a[data-download]')
        .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
      const namen = [...new Set(links.map((l) => new URL(l).pathname.replace(/\.\w+$/, '')))];
      expect(namen.length).toBe(pfad === '/entwicklung/' ? 9 : 1);

      for (const name of namen) {
        expect(links.filter((l) => new URL(l).pathname.startsWith(`${name}.`)).map((l) => l.split('.').pop())).toEqual([
          'svg',
          'png',
          'csv',
        ]);
        const id = name.split('/').pop()!;

        const svg = await seite.request.get(`${inject('basisUrl')}${name}.svg`);
        expect(svg.status()).toBe(200);
        const svgText = await svg.text();
        const geprueft = await seite.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const wurzel = doc.documentElement;
          return {
            fehler: doc.querySelector('parsererror')?.textContent ?? null,
            wurzel: wurzel.nodeName,
            titel: wurzel.querySelector('title')?.textContent,
            viewBox: wurzel.getAttribute('viewBox'),
          };
        }, svgText);
        expect(geprueft.fehler, name).toBeNull();
        expect(geprueft.wurzel).toBe('svg');
        expect(geprueft.titel).toBe(await seite.locator(`svg[aria-labelledby^="${id}-titel"] > title`).textContent());
        const [, , vbBreite, vbHoehe] = geprueft.viewBox!.split(' ').map(Number);

        const png = await seite.request.get(`${inject('basisUrl')}${name}.png`);
        expect(png.status()).toBe(200);
        const bytes = await png.body();
        expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATUR);
        const breite = bytes.readUInt32BE(16);
        const hoehe = bytes.readUInt32BE(20);
        expect(breite).toBeGreaterThanOrEqual(1000);
        // Rendered from that very SVG: same proportions.
        expect(hoehe / breite).toBeCloseTo(vbHoehe! / vbBreite!, 2);

        const csv = await seite.request.get(`${inject('basisUrl')}${name}.csv`);
        expect(csv.status()).toBe(200);
        const zeilen = Papa.parse<Record<string, string>>(await csv.text(), {
          header: true,
          skipEmptyLines: 'greedy',
        }).data;
        const tabelle = seite.locator(`[data-tabelle="${id}"]`);
        if (id === 'integrationsfonds') {
          expect(zeilen).toHaveLength(await tabelle.locator('td[data-jahr]').count());
          expect(zeilen.filter((z) => z.betrag_eur !== '')).toHaveLength(
            await seite.locator('svg [data-betrag]:not([data-betrag="unbekannt"])').count(),
          );
        } else {
          const reihen = await tabelle
            .locator('tbody tr')
            .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
          expect(zeilen).toHaveLength(reihen.length);
          expect(zeilen.map((z) => Object.values(z).slice(1))).toEqual(reihen);
        }
      }
      await kontext.close();
    });
  }

  it('renders the downloaded SVG on its own, as a browser shows a file', async () => {
    const kontext = await browser().newContext({ javaScriptEnabled: false });
    const seite = await kontext.newPage();
    await seite.goto(`${inject('basisUrl')}/diagramme/integrationsfonds.svg`);
    const box = await seite.locator('svg').first().boundingBox();
    expect(box!.width).toBeGreaterThan(700);
    expect(await seite.locator('svg > text').first().textContent()).toContain('Integrationsfonds');
    await kontext.close();
  });

  it('keeps the charts and leaves the download links out when printed', async () => {
    const kontext = await browser().newContext({ javaScriptEnabled: false });
    const seite = await kontext.newPage();
    await seite.goto(`${inject('basisUrl')}/integrationsfonds/`);
    await seite.emulateMedia({ media: 'print' });
    expect(await seite.getByRole('img', { name: /Integrationsfonds/ }).isVisible()).toBe(true);
    expect(await seite.locator('a[data-download]').first().isVisible()).toBe(false);
    await kontext.close();
  });
});
