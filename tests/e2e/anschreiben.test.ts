import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei, seiteOhneJs } from './browser.ts';

// The letters of the Musterabfrage: one per Gebiet asked, a print page per Kreis, the mail-merge CSV.
// axe checks these pages at 390 and 1280 px in barrierefreiheit-*.test.ts (GEBIETSSTICHPROBE in browser.ts).
const browser = browserJeDatei();
const BRIEF = '/musterabfrage/anschreiben/130755553/';
const SEITEN = [
  BRIEF,
  '/musterabfrage/anschreiben/',
  '/musterabfrage/anschreiben/kreis/13003/',
  '/musterabfrage/stand/',
];

describe('letters of the Musterabfrage', () => {
  it('exist for every row of the mail-merge CSV, with the personal link to the prefilled form', () => {
    const dist = inject('dist');
    const csv = fs
      .readFileSync(path.join(dist, 'musterabfrage', 'anschreiben.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv[0]).toBe('schluessel,ebene,empfaenger,empfaenger_zusatz,anschrift,link,anschreiben,frist');
    for (const zeile of csv.slice(1)) {
      const schluessel = zeile.split(',')[0];
      expect(fs.existsSync(path.join(dist, 'musterabfrage', 'anschreiben', `${schluessel}`, 'index.html'))).toBe(true);
      expect(zeile).toContain(`/musterabfrage/antworten/?gebiet=${schluessel},`);
    }
    expect(csv.length - 1).toBeGreaterThan(700);
  });

  it('do not scroll sideways at 320 px and need no JavaScript', async () => {
    for (const pfad of SEITEN) {
      const { kontext, seite } = await seiteOhneJs(browser(), pfad);
      await seite.setViewportSize({ width: 320, height: 800 });
      expect(await seite.evaluate(() => document.documentElement.scrollWidth), pfad).toBeLessThanOrEqual(320);
      await kontext.close();
    }
  });

  it('print only the letter: recipient, placeholders, QR code, and nothing about IFG requests', async () => {
    const { kontext, seite } = await seiteOhneJs(browser(), BRIEF);
    await seite.emulateMedia({ media: 'print' });
    const brief = seite.locator('article.brief');
    expect(await brief.locator('[data-empfaenger]').innerText()).toContain('Amt Anklam-Land');
    expect(await brief.locator('[data-platzhalter]').first().isVisible()).toBe(true);
    expect(await brief.locator('figure svg').isVisible()).toBe(true);
    expect(await brief.locator('[data-persoenlicher-link]').getAttribute('href')).toMatch(
      /\/musterabfrage\/antworten\/\?gebiet=130755553$/,
    );
    expect(await seite.getByRole('heading', { name: 'Wenn keine Antwort kommt' }).isVisible()).toBe(false);
    expect(await seite.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
    await seite.emulateMedia({ media: 'screen' });
    expect(await seite.locator('[data-ifg]').innerText()).toContain('IFG M-V');
    expect(await seite.getByRole('link', { name: /auf FragDenStaat suchen/ }).getAttribute('href')).toBe(
      'https://fragdenstaat.de/behoerden/?q=Amt%20Anklam-Land',
    );
    await kontext.close();
  });
});
