import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei, gebietsseiten, oeffneGebaut, stichprobe } from './browser.ts';
import { pdfSeiten } from './pdf.ts';
import { verschiebung, zaehleVerschiebung } from './verschiebung.ts';

// How the pages look where people use them: the answer on a phone's first screen, no sideways
// scrolling at 320 px, one A4 sheet in print, and a share card behind every page in the sitemap.
const browser = browserJeDatei();
const dist = () => inject('dist');
const basisUrl = () => inject('basisUrl');

/** Evenly spaced Gebiet pages: a fixed sample as long as the register does not change. */
function auswahl(anzahl: number): string[] {
  const alle = gebietsseiten(dist());
  const schritt = alle.length / anzahl;
  return [...new Set(Array.from({ length: anzahl }, (_, i) => alle[Math.floor(i * schritt)]!))];
}

describe('the answer first', () => {
  const seiten = [
    '/gemeinde/13075039/',
    '/gemeinde/13076001/',
    '/gemeinde/13074026/',
    '/amt/130765659/',
    '/kreis/13075/',
  ];
  it.each(seiten)('shows every badge of %s inside the first screen of a 390×844 phone', async (pfad) => {
    const kontext = await browser().newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const seite = await kontext.newPage();
    await seite.goto(basisUrl() + pfad);
    const abzeichen = seite.locator('[data-antwort] .abzeichen');
    expect(await abzeichen.count()).toBeGreaterThanOrEqual(3);
    for (const a of await abzeichen.all()) {
      const box = await a.boundingBox();
      expect(box, pfad).not.toBeNull();
      expect(box!.y + box!.height, `${pfad}: ${await a.innerText()}`).toBeLessThanOrEqual(844);
    }
    await kontext.close();
  });
});

describe('no page scrolls sideways at 320 px, and no table hides in a scroll box', () => {
  // Every page that is not a Gebiet page (so every template anyone adds), the fixed sample per
  // Gebiet template, and 50 more Gebiet pages spread over the register.
  const pfade = [...new Set([...stichprobe(dist()), ...auswahl(50)])];
  it(`checks ${pfade.length} pages`, { timeout: 900_000 }, async () => {
    expect(auswahl(50).length).toBeGreaterThanOrEqual(50);
    const kontext = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const seite = await kontext.newPage();
    const breit: string[] = [];
    for (const pfad of pfade) {
      await oeffneGebaut(seite, pfad);
      const breite = await seite.evaluate(() => document.documentElement.scrollWidth);
      if (breite > 320) breit.push(`${pfad}: ${breite} px`);
      // Tables become cards instead of sideways scroll boxes; a box that still scrolls (a wide
      // chart) can be reached by keyboard, has a name, and a visible line before it says that it scrolls.
      const kaesten = await seite.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter(
            (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1,
          )
          .map((e) => ({
            tabelle: e.querySelector('table') !== null,
            erreichbar: e.getAttribute('tabindex') === '0',
            name: e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'),
            hinweis: /wischen/.test((e.previousElementSibling as HTMLElement | null)?.innerText ?? ''),
            wer: `${e.tagName.toLowerCase()}.${e.className}`,
          })),
      );
      for (const k of kaesten)
        if (k.tabelle || !k.erreichbar || !k.name || !k.hinweis)
          breit.push(`${pfad}: Scrollkasten ${JSON.stringify(k)}`);
    }
    expect(breit).toEqual([]);
    await kontext.close();
  });
});

describe('the fact sheet', () => {
  // All Gebiet pages are printed by `npm run bench`; here a fixed sample of 60 and each template.
  const pfade = [...new Set(['/gemeinde/13075039/', '/gemeinde/13003000/', '/kreis/13075/', '/land/', ...auswahl(60)])];
  it(`prints each of ${pfade.length} Gebiet pages on one A4 page`, { timeout: 900_000 }, async () => {
    const kontext = await browser().newContext({ javaScriptEnabled: false });
    const seite = await kontext.newPage();
    const mehr: string[] = [];
    for (const pfad of pfade) {
      await seite.goto(basisUrl() + pfad);
      const seiten = pdfSeiten(await seite.pdf({ format: 'A4' }));
      if (seiten !== 1) mehr.push(`${pfad}: ${seiten} Seiten`);
    }
    expect(mehr).toEqual([]);
    await kontext.close();
  });

  it('carries site name, print date, short address, QR code and licence', async () => {
    const kontext = await browser().newContext({ javaScriptEnabled: false });
    const seite = await kontext.newPage();
    await seite.goto(`${basisUrl()}/gemeinde/13075039/`);
    await seite.emulateMedia({ media: 'print' });
    const text = await seite.locator('.druckblatt').innerText();
    expect(text).toMatch(/Integrationsatlas MV\s*Faktenblatt, gedruckt am \d\d\.\d\d\.\d{4}/);
    expect(text).toContain('Quelle: Integrationsatlas MV, CC BY 4.0');
    expect(text).toMatch(/https:\/\/\S+\/gemeinde\/greifswald\//);
    expect(await seite.locator('[data-qr] svg path').count()).toBeGreaterThan(0);
    expect(await seite.locator('[data-qr]').isVisible()).toBe(true);
    await kontext.close();
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngGroesse(datei: string): [number, number] {
  const b = fs.readFileSync(datei);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('share cards', () => {
  it('gives every page in the sitemap an og:image of 1200×630 that exists, with alt text', () => {
    const sitemap = fs.readFileSync(path.join(dist(), 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
    expect(urls.length).toBeGreaterThan(800);
    const fehler: string[] = [];
    for (const url of urls) {
      const html = fs.readFileSync(path.join(dist(), url.pathname, 'index.html'), 'utf8');
      const meta = (n: string) => html.match(new RegExp(`<meta (?:property|name)="${n}" content="([^"]*)"`))?.[1];
      const bild = meta('og:image');
      if (!bild || !meta('og:image:alt') || meta('twitter:card') !== 'summary_large_image') {
        fehler.push(`${url.pathname}: Angaben fehlen`);
        continue;
      }
      const datei = path.join(dist(), new URL(bild).pathname);
      if (!fs.existsSync(datei)) fehler.push(`${url.pathname}: ${bild} fehlt`);
      else if (pngGroesse(datei).join('×') !== '1200×630')
        fehler.push(`${url.pathname}: ${pngGroesse(datei).join('×')}`);
    }
    expect(fehler).toEqual([]);
  });

  it('shows a Gebiet card with its name and badges in the alt text', () => {
    const html = fs.readFileSync(path.join(dist(), 'gemeinde', '13075039', 'index.html'), 'utf8');
    expect(html).toMatch(/<meta property="og:image:alt" content="Greifswald auf der Karte[^"]*Integrationskonzept: /);
  });
});

describe('no layout shift when the scripts start', () => {
  // Every template with a script that changes the page. The scripts are held back, so the page has
  // certainly been painted before they run: what they then move is what a slow phone would see move.
  const seiten = ['/', '/musterabfrage/antworten/', '/tabelle/', '/gemeinde/13075039/', '/gibt-es-nicht/'];
  for (const breite of [390, 1280])
    it.each(seiten)(`keeps %s still at ${breite} px (CLS under 0.02)`, async (pfad) => {
      const kontext = await browser().newContext({ viewport: { width: breite, height: breite < 640 ? 844 : 900 } });
      const seite = await kontext.newPage();
      await seite.route(/\.js$/, async (anfrage) => {
        await new Promise((weiter) => setTimeout(weiter, 600));
        await anfrage.continue();
      });
      await zaehleVerschiebung(seite);
      await seite.goto(basisUrl() + pfad, { waitUntil: 'networkidle' });
      await seite.waitForTimeout(300);
      expect(await verschiebung(seite), pfad).toBeLessThan(0.02);
      await kontext.close();
    });
});
