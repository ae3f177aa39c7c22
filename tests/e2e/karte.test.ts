import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserJeDatei } from './browser.ts';
import fs from 'node:fs';
import path from 'node:path';
import type { KartenDaten } from '../../src/lib/karte/kartendaten.ts';

const browser = browserJeDatei();

async function neueSeite(opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const kontext = await browser().newContext({ viewport: { width: 1280, height: 1000 }, ...opts });
  return kontext.newPage();
}
const bereit = (seite: Page) => seite.waitForSelector('#karten-ansicht[data-bereit="ja"]');
const steuerung = (seite: Page, name: 'merkmal' | 'ebene') => seite.locator(`#karten-steuerung select[name="${name}"]`);

/**
 * The fill each Gemeinde is drawn with, in document order: without JavaScript its own; once the script
 * draws the fills in #karte-flaechen, the fill of the one joined shape that holds its path ("fehlt" or
 * "mehrfach" if not exactly one does).
 */
const gezeichnet = (seite: Page) =>
  seite.$$eval('#karte-gemeinden a path', (pfade) => {
    const flaechen = [...document.querySelectorAll('#karte-flaechen path')].map((f) => ({
      fuellung: f.getAttribute('fill') ?? '',
      d: f.getAttribute('d') ?? '',
    }));
    return pfade.map((p) => {
      if (document.getElementById('karte')?.dataset.flaechen !== 'ja') return p.getAttribute('fill') ?? '';
      const d = p.getAttribute('d') ?? '';
      const treffer = flaechen.filter((f) => f.d.includes(d));
      return treffer.length === 1 ? (treffer[0]?.fuellung ?? '') : treffer.length ? 'mehrfach' : 'fehlt';
    });
  });

/** Moves the mouse onto a point inside a Gemeinde (its bounding-box centre may lie in a neighbour). */
async function zeigeAuf(seite: Page, schluessel: string): Promise<void> {
  const punkt = await seite.locator(`#karte a[data-schluessel="${schluessel}"] path`).evaluate((p: SVGPathElement) => {
    const box = p.getBBox();
    const matrix = p.getScreenCTM()!;
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const innen = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
        if (p.isPointInFill(innen)) {
          const bild = innen.matrixTransform(matrix);
          if (document.elementFromPoint(bild.x, bild.y)?.closest('a') === p.parentElement)
            return { x: bild.x, y: bild.y };
        }
      }
    }
    throw new Error('kein Punkt in der Fläche gefunden');
  });
  await seite.mouse.move(punkt.x, punkt.y);
}

describe('Karte', () => {
  it('is complete without JavaScript: 724 coloured, linked Gemeinden and a legend with counts', async () => {
    const seite = await neueSeite({ javaScriptEnabled: false });
    await seite.goto(inject('basisUrl') + '/');
    const karte = seite.locator('svg#karte');
    expect(await karte.isVisible()).toBe(true);
    expect((await karte.boundingBox())!.width).toBeGreaterThan(500);
    expect(await seite.locator('#karte-gemeinden a').count()).toBe(724);
    expect(await seite.locator('#karte a[href="/gemeinde/13075039/"]').getAttribute('aria-label')).toBe(
      'Greifswald: Migrations-/Integrationsbeirat vorhanden',
    );
    expect(await seite.locator('#karte a[href="/gemeinde/13075039/"] path').getAttribute('fill')).toBe('#0072B2');
    expect(await seite.locator('#karte a[href="/gemeinde/13075039/"]').getAttribute('href')).toBe(
      '/gemeinde/13075039/',
    );
    const anzahlen = await seite.locator('#legende [data-anzahl]').allInnerTexts();
    expect(anzahlen.map(Number).reduce((a, b) => a + b)).toBe(724);
    expect(await seite.locator('#karten-steuerung').isVisible()).toBe(false);
    await seite.context().close();
  });

  it('offers a keyboard-only path from the search box to a Gemeinde page', async () => {
    const seite = await neueSeite();
    await seite.goto(inject('basisUrl') + '/');
    await bereit(seite);
    for (let i = 0; i < 40 && !(await seite.evaluate(() => document.activeElement?.id === 'suche-eingabe')); i++)
      await seite.keyboard.press('Tab');
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('suche-eingabe');
    await seite.keyboard.type('Gustrow');
    await expect.poll(() => seite.locator('#suche-liste [role=option]').first().innerText()).toContain('Güstrow');
    expect(await seite.locator('#suche-eingabe').getAttribute('aria-expanded')).toBe('true');
    // The first hit is highlighted at once, so Enter visibly opens what is marked.
    expect(await seite.locator('#suche-eingabe').getAttribute('aria-activedescendant')).toBe('suche-option-0');
    expect(await seite.locator('#suche-option-0').getAttribute('aria-selected')).toBe('true');
    await seite.keyboard.press('ArrowDown');
    await seite.keyboard.press('ArrowUp');
    expect(await seite.locator('#suche-eingabe').getAttribute('aria-activedescendant')).toBe('suche-option-0');
    await Promise.all([seite.waitForURL(/\/gemeinde\/13072043\/$/), seite.keyboard.press('Enter')]);
    expect(await seite.locator('h1').innerText()).toContain('Güstrow');
    await seite.context().close();
  });

  it('moves through the map with arrow keys and opens a Gebiet with Enter', async () => {
    const seite = await neueSeite();
    await seite.goto(inject('basisUrl') + '/?auswahl=13075039');
    await bereit(seite);
    expect(await seite.locator('#karte a[tabindex="0"]').count()).toBe(1);
    await seite.locator('#karte a[data-schluessel="13075039"]').focus();
    await seite.keyboard.press('ArrowLeft');
    const neu = await seite.evaluate(() => (document.activeElement as HTMLElement).dataset.schluessel);
    expect(neu).toMatch(/^13\d{6}$/);
    expect(neu).not.toBe('13075039');
    expect(await seite.locator('#karte-ansage').innerText()).not.toBe('');
    await Promise.all([seite.waitForURL(new RegExp(`/gemeinde/${neu}/$`)), seite.keyboard.press('Enter')]);
    await seite.context().close();
  });

  it('shows name, status and Stand in the tooltip, and hides it on Escape', async () => {
    const seite = await neueSeite();
    await seite.goto(inject('basisUrl') + '/');
    await bereit(seite);
    await zeigeAuf(seite, '13075039');
    const tooltip = seite.locator('#karte-tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toBe('Greifswald\nMigrations-/Integrationsbeirat: vorhanden\nStand: Januar 2023');
    await seite.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
    await zeigeAuf(seite, '13075142');
    expect(await tooltip.innerText()).toContain('Migrations-/Integrationsbeirat: unbekannt');
    await seite.context().close();
  });

  it('keeps level, Merkmal and selection in the URL across a reload', async () => {
    const seite = await neueSeite();
    await seite.goto(inject('basisUrl') + '/');
    await bereit(seite);
    await steuerung(seite, 'merkmal').selectOption('konzept');
    await steuerung(seite, 'ebene').selectOption('kreise');
    await expect.poll(() => new URL(seite.url()).search).toBe('?ebene=kreise&merkmal=konzept');
    const stelle = await seite
      .locator('#karte-gemeinden a')
      .evaluateAll((a) => a.findIndex((x) => (x as SVGAElement).dataset.schluessel === '13075142'));
    const vorher = (await gezeichnet(seite))[stelle];
    expect(vorher).toMatch(/^(#|url\()/);
    await seite.reload();
    await bereit(seite);
    expect(await steuerung(seite, 'merkmal').inputValue()).toBe('konzept');
    expect(await steuerung(seite, 'ebene').inputValue()).toBe('kreise');
    expect((await gezeichnet(seite))[stelle]).toBe(vorher);
    expect(await seite.locator('#karte a[data-schluessel="13075142"]').getAttribute('href')).toBe('/kreis/13075/');
    expect(await seite.locator('[data-legende-merkmal]').innerText()).toBe('Integrationskonzept');
    expect(await seite.locator('#einbettcode').textContent()).toContain(
      'einbetten/karte/?ebene=kreise&merkmal=konzept"',
    );
    await seite.context().close();
  });

  it('returns to the chosen view on Back, even when a Gemeinde was opened before the URL followed', async () => {
    const seite = await neueSeite();
    await seite.goto(inject('basisUrl') + '/');
    await bereit(seite);
    // Switch and open in one go: the URL follows a settled view only, so it has not yet.
    await Promise.all([
      seite.waitForURL(/\/gemeinde\/\d{8}\/$/),
      seite.evaluate(() => {
        const feld = document.querySelector<HTMLSelectElement>('#karten-steuerung select[name="merkmal"]')!;
        feld.value = 'konzept';
        feld.dispatchEvent(new Event('change', { bubbles: true }));
        document
          .querySelector<SVGAElement>('#karte-gemeinden a')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      }),
    ]);
    await seite.goBack();
    expect(new URL(seite.url()).search).toBe('?merkmal=konzept');
    await bereit(seite);
    expect(await steuerung(seite, 'merkmal').inputValue()).toBe('konzept');
    await seite.context().close();
  });

  it('draws the same picture once the script takes over the fills', async () => {
    const ohne = await neueSeite({ javaScriptEnabled: false });
    await ohne.goto(inject('basisUrl') + '/');
    const mit = await neueSeite();
    await mit.goto(inject('basisUrl') + '/');
    await bereit(mit);
    // For the view the page was built with, the script takes over in idle time.
    await expect.poll(() => mit.locator('#karte').getAttribute('data-flaechen')).toBe('ja');
    const vorher = await gezeichnet(ohne);
    expect(vorher).toHaveLength(724);
    expect(await gezeichnet(mit)).toEqual(vorher);
    // The links are only targets now: no fill of their own that could go stale.
    expect(await mit.locator('#karte-gemeinden path[fill]').count()).toBe(0);
    await ohne.context().close();
    await mit.context().close();
  });

  it('draws every Gemeinde once, in the fill its label names, after every switch', async () => {
    const daten = JSON.parse(fs.readFileSync(path.join(inject('dist'), 'daten', 'karte.json'), 'utf8')) as KartenDaten;
    const seite = await neueSeite();
    await seite.goto(inject('basisUrl') + '/');
    await bereit(seite);
    let ansichten = 0;
    // Every view twice, reached by the controls: the second visit reuses what the first computed.
    for (const runde of [1, 2])
      for (const indikator of daten.indikatoren)
        for (const ebene of indikator.ebenen) {
          await steuerung(seite, 'merkmal').selectOption(indikator.id);
          await steuerung(seite, 'ebene').selectOption(ebene);
          const legende = new Map(
            await seite.$$eval('#legende-liste li', (li) =>
              li.map((l) => [
                l.querySelector('[data-feld]')?.getAttribute('fill') ?? '',
                l.querySelector('[data-label]')?.textContent ?? '',
              ]),
            ),
          );
          const labels = await seite.$$eval('#karte-gemeinden a', (a) => a.map((x) => x.getAttribute('aria-label')));
          const fuellungen = await gezeichnet(seite);
          const falsch = fuellungen
            .map((f, i) => ({ f, label: labels[i] ?? '' }))
            .filter(({ f, label }) => !label.endsWith(`${indikator.label} ${legende.get(f) ?? `(${f})`}`));
          expect(falsch.slice(0, 3), `Runde ${runde}: ${indikator.id}, ${ebene}`).toEqual([]);
          ansichten++;
        }
    expect(ansichten).toBeGreaterThanOrEqual(2 * 11);
    await seite.context().close();
  });

  it('has table counts equal to the legend counts in every view', async () => {
    const daten = JSON.parse(fs.readFileSync(path.join(inject('dist'), 'daten', 'karte.json'), 'utf8')) as KartenDaten;
    const tabelle = await neueSeite({ javaScriptEnabled: false });
    await tabelle.goto(inject('basisUrl') + '/tabelle/');
    expect(await tabelle.locator('table[data-tabelle="gemeinden"] tbody tr').count()).toBe(724);
    const karte = await neueSeite();
    let verglichen = 0;
    for (const indikator of daten.indikatoren) {
      for (const ebene of indikator.ebenen) {
        await karte.goto(`${inject('basisUrl')}/?ebene=${ebene}&merkmal=${indikator.id}`);
        await bereit(karte);
        for (const k of indikator.kategorien) {
          const legende = Number(
            await karte.locator(`#legende [data-kategorie="${k.wert}"] [data-anzahl]`).innerText(),
          );
          const zeilen = await tabelle
            .locator(`table[data-tabelle="${ebene}"] td[data-merkmal="${indikator.id}"][data-kategorie="${k.wert}"]`)
            .count();
          expect(legende, `${ebene} ${indikator.id} ${k.wert}`).toBe(zeilen);
          verglichen++;
        }
      }
    }
    expect(verglichen).toBeGreaterThanOrEqual(45);
    await tabelle.context().close();
    await karte.context().close();
  });

  it('renders the embed page with title, source line and link back', async () => {
    const seite = await neueSeite({ javaScriptEnabled: false });
    await seite.goto(inject('basisUrl') + '/einbetten/karte/');
    expect(await seite.locator('h1').innerText()).toBe('Integrationsstrukturen in Mecklenburg-Vorpommern');
    expect(await seite.locator('#karte-gemeinden a').count()).toBe(724);
    expect(await seite.getByRole('link', { name: 'Integrationsatlas MV' }).getAttribute('target')).toBe('_top');
    expect(await seite.locator('nav').count()).toBe(0);
    await seite.context().close();
  });
});
