import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei } from './browser.ts';

// What the home map shows around the data: town names, the neighbouring Länder, the zoom buttons,
// and how a finger hits a small Gemeinde.
const browser = browserJeDatei();

async function startseite(breite: number, opts: { hasTouch?: boolean; isMobile?: boolean } = {}): Promise<Page> {
  const kontext = await browser().newContext({
    viewport: { width: breite, height: breite < 600 ? 844 : 900 },
    ...opts,
  });
  const seite = await kontext.newPage();
  await seite.goto(inject('basisUrl') + '/');
  await seite.waitForSelector('#karten-ansicht[data-bereit="ja"]');
  return seite;
}

interface Beschriftung {
  text: string;
  box: { x0: number; y0: number; x1: number; y1: number };
  zeiger: string;
  fokussierbar: boolean;
  fuellung: string;
  halo: string;
}

/** Every town and Land name the reader sees, with its box on screen. */
const beschriftungen = (seite: Page) =>
  seite.$$eval('#karte .ortsnamen text', (texte) =>
    texte
      .map((t) => {
        const r = t.getBoundingClientRect();
        const stil = getComputedStyle(t);
        return {
          text: t.textContent ?? '',
          box: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
          zeiger: stil.pointerEvents,
          fokussierbar: (t as SVGElement).tabIndex >= 0,
          fuellung: stil.fill,
          halo: stil.stroke,
          sichtbar: r.width > 0 && stil.display !== 'none',
        };
      })
      .filter((b) => b.sichtbar),
  ) as Promise<(Beschriftung & { sichtbar: boolean })[]>;

const ueberlappt = (a: Beschriftung['box'], b: Beschriftung['box']) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The map as a picture, without or with the script (zoom buttons hidden: they show only with it). */
async function kartenbild(breite: number, javaScriptEnabled: boolean): Promise<Buffer> {
  const kontext = await browser().newContext({ viewport: { width: breite, height: 900 }, javaScriptEnabled });
  const seite = await kontext.newPage();
  await seite.goto(inject('basisUrl') + '/');
  if (javaScriptEnabled) await seite.waitForSelector('#karten-ansicht[data-bereit="ja"]');
  await seite.locator('#karte-zoom').evaluate((e: HTMLElement) => {
    e.style.visibility = 'hidden';
  });
  // With anti-aliased edges like the built page, so the comparison does not depend on how many edges the data has.
  if (javaScriptEnabled)
    await seite.locator('#karte-flaechen').evaluate((e: SVGElement) => {
      e.style.shapeRendering = 'auto';
    });
  const bild = await seite.locator('#karte').screenshot();
  await kontext.close();
  return bild;
}

/** Share of pixels that differ by more than 40 of 255 in a channel; compared in Chromium's own canvas. */
async function abweichung(a: Buffer, b: Buffer): Promise<number> {
  const kontext = await browser().newContext();
  const seite = await kontext.newPage();
  const anteil = await seite.evaluate(
    async ([a, b]) => {
      const pixel = async (png: string) => {
        const bild = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const leinwand = new OffscreenCanvas(bild.width, bild.height).getContext('2d')!;
        leinwand.drawImage(bild, 0, 0);
        return leinwand.getImageData(0, 0, bild.width, bild.height).data;
      };
      const [x, y] = [await pixel(a), await pixel(b)];
      if (x.length !== y.length) return 1;
      let anders = 0;
      for (let i = 0; i < x.length; i += 4)
        if (Math.max(...[0, 1, 2].map((k) => Math.abs(x[i + k]! - y[i + k]!))) > 40) anders++;
      return anders / (x.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
  await kontext.close();
  return anteil;
}

describe('Kartenbild', () => {
  // The script draws the fills in a layer of its own (scripts/karte/flaechen.ts); the reader must not see it.
  for (const breite of [1280, 320])
    it(`looks the same with and without the script at ${breite} px`, async () => {
      const anteil = await abweichung(await kartenbild(breite, false), await kartenbild(breite, true));
      // Measured: 0 at 1,280 px; 0.5 % at 320 px, where the joined shapes lack the faint seams between
      // neighbouring shapes. A compositing layer rastered at the map's scale blurred the hatching: 1.9 %.
      expect(anteil).toBeLessThan(0.01);
    });

  for (const breite of [1280, 390]) {
    it(`labels towns and neighbouring Länder without collisions at ${breite} px, never in the way`, async () => {
      const seite = await startseite(breite);
      const namen = await beschriftungen(seite);
      const texte = namen.map((n) => n.text);
      // The kreisfreie Städte always, many more towns, and the Länder around (VG250 Länder layer).
      expect(texte).toEqual(expect.arrayContaining(['Rostock', 'Schwerin', 'Brandenburg', 'Niedersachsen']));
      expect(texte.length).toBeGreaterThan(12);
      const karte = (await seite.locator('svg#karte').boundingBox())!;
      const kollisionen: string[] = [];
      for (const [i, a] of namen.entries()) {
        expect(a.zeiger).toBe('none');
        expect(a.fokussierbar).toBe(false);
        // Dark text on a white halo: readable on every fill.
        const kanaele = a.fuellung.match(/\d+/g)!.map(Number);
        expect(Math.max(...kanaele.slice(0, 3))).toBeLessThanOrEqual(110);
        expect(a.halo).toBe('rgb(255, 255, 255)');
        expect(a.box.x0).toBeGreaterThanOrEqual(karte.x - 1);
        expect(a.box.x1).toBeLessThanOrEqual(karte.x + karte.width + 1);
        for (const b of namen.slice(i + 1)) if (ueberlappt(a.box, b.box)) kollisionen.push(`${a.text} / ${b.text}`);
      }
      expect(kollisionen).toEqual([]);
      // Font size on screen: at least 10 px on a phone.
      const hoehe = Math.min(...namen.map((n) => n.box.y1 - n.box.y0));
      expect(hoehe).toBeGreaterThanOrEqual(10);
      // A label does not block the Gemeinde under it.
      const rostock = namen.find((n) => n.text === 'Rostock')!;
      const unter = await seite.evaluate(
        ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('data-schluessel') ?? null,
        [(rostock.box.x0 + rostock.box.x1) / 2, (rostock.box.y0 + rostock.box.y1) / 2],
      );
      expect(unter).not.toBeNull();
      await seite.context().close();
    });
  }

  it('is at least 900 px wide at 1,280 px and starts within the first screen of a 390 × 844 phone', async () => {
    const breit = await startseite(1280);
    expect((await breit.locator('svg#karte').boundingBox())!.width).toBeGreaterThanOrEqual(900);
    await breit.context().close();
    const telefon = await startseite(390);
    const karte = (await telefon.locator('svg#karte').boundingBox())!;
    expect(karte.y + karte.height / 2).toBeLessThan(844);
    await telefon.context().close();
  });

  it('keeps the town names at their size on screen and beside their dot when zoomed in', async () => {
    const seite = await startseite(1280);
    const rostock = async () => {
      const ort = seite.locator('#karte .ortsnamen-breit [data-ort]', { hasText: 'Rostock' });
      const text = (await ort.locator('text').boundingBox())!;
      const punkt = (await ort.locator('circle').boundingBox())!;
      return { hoehe: text.height, abstand: Math.hypot(text.x - punkt.x, text.y - punkt.y) };
    };
    const vorher = await rostock();
    await seite.locator('#karte-zoom button[data-zoom="rein"]').click();
    await seite.locator('#karte-zoom button[data-zoom="rein"]').click();
    const nachher = await rostock();
    // Two steps make the map 2.8 times bigger; the name keeps its height and its place next to the dot.
    expect(nachher.hoehe).toBeCloseTo(vorher.hoehe, 0);
    expect(Math.abs(nachher.abstand - vorher.abstand)).toBeLessThan(2);
    await seite.context().close();
  });

  it('draws the neighbouring Länder as grey shapes behind the map', async () => {
    const seite = await startseite(1280);
    const flaechen = await seite.locator('#karte-umgebung path').count();
    expect(flaechen).toBeGreaterThanOrEqual(3);
    expect(await seite.locator('#karte-umgebung').getAttribute('aria-hidden')).toBe('true');
    await seite.context().close();
  });

  it('keeps the zoom buttons off the map at 320 px, each a target of at least 24 px', async () => {
    const seite = await startseite(320);
    const karte = (await seite.locator('svg#karte').boundingBox())!;
    for (const knopf of await seite.locator('#karte-zoom button').all()) {
      const b = (await knopf.boundingBox())!;
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
      expect(b.y + b.height).toBeLessThanOrEqual(karte.y + 0.5);
    }
    await seite.context().close();
  });

  it('opens a small Gemeinde (under 24 px) when a finger lands just beside it', async () => {
    const seite = await startseite(390, { hasTouch: true, isMobile: true });
    // A point next to a small Gemeinde where the finger hits no Gemeinde, and no other one is within reach.
    const ziel = await seite.evaluate(() => {
      const linkBei = (x: number, y: number) =>
        document.elementFromPoint(x, y)?.closest<SVGAElement>('#karte-gemeinden a') ?? null;
      for (const a of document.querySelectorAll<SVGAElement>('#karte-gemeinden a')) {
        const r = a.getBoundingClientRect();
        if (r.width >= 24 || r.height >= 24 || r.width === 0) continue;
        const mitte = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        for (let w = 0; w < 8; w++) {
          const winkel = (2 * Math.PI * w) / 8;
          const p = {
            x: mitte.x + Math.cos(winkel) * (r.width / 2 + 5),
            y: mitte.y + Math.sin(winkel) * (r.height / 2 + 5),
          };
          if (linkBei(p.x, p.y)) continue;
          let andere = false;
          let eigene = false;
          for (let dx = -16; dx <= 16; dx += 4)
            for (let dy = -16; dy <= 16; dy += 4) {
              if (Math.hypot(dx, dy) > 16) continue;
              const b = linkBei(p.x + dx, p.y + dy);
              if (b === a) eigene = true;
              else if (b) andere = true;
            }
          if (eigene && !andere) return { ...p, href: a.getAttribute('href'), schluessel: a.dataset.schluessel };
        }
      }
      return null;
    });
    expect(ziel).not.toBeNull();
    await Promise.all([seite.waitForURL(`**${ziel!.href}`), seite.touchscreen.tap(ziel!.x, ziel!.y)]);
    expect(new URL(seite.url()).pathname).toBe(ziel!.href);
    await seite.context().close();
  });
});

describe('404', () => {
  it('offers the search: typing a name lists the Gebiet, Enter opens its page', async () => {
    const kontext = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const seite = await kontext.newPage();
    const fehler: string[] = [];
    seite.on('pageerror', (e) => fehler.push(e.message));
    const antwort = await seite.goto(inject('basisUrl') + '/gibt-es-nicht/');
    expect(antwort?.status()).toBe(404);
    const eingabe = seite.locator('#suche-eingabe');
    expect(await eingabe.isVisible()).toBe(true);
    await eingabe.fill('Greifswald');
    const erste = seite.locator('#suche-liste [role="option"]').first();
    await erste.waitFor();
    expect(await erste.getAttribute('aria-selected')).toBe('true');
    expect(await erste.innerText()).toContain('Greifswald');
    await Promise.all([seite.waitForURL(/\/(gemeinde|kreis|amt)\/\d+\/$/), eingabe.press('Enter')]);
    expect(fehler).toEqual([]);
    await kontext.close();
  });
});
