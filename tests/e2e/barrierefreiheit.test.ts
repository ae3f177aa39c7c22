import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axePruefung, browserJeDatei, oeffneGebaut, stichprobe } from './browser.ts';

// axe-core over every kind of built page, as Starlight audits its docs: WCAG 2.0/2.1 A and AA. Every
// page but the ~1,600 Gebiet pages, which are checked by a fixed sample per template; on a phone and on
// a desktop, because stacked tables and scroll boxes differ between the two. Other files need not
// repeat axe on these pages: every page that is not a Gebiet page is here, at both widths.
const browser = browserJeDatei();

describe.each([390, 1280])('axe-core at %i px', (breite) => {
  // One tab per width, page after page: a fresh context per page costs more than the check of many pages.
  let kontext: BrowserContext;
  let seite: Page;
  beforeAll(async () => {
    // bypassCSP only so axe itself can be injected; the CSP is tested on its own.
    kontext = await browser().newContext({ bypassCSP: true, viewport: { width: breite, height: 844 } });
    seite = await kontext.newPage();
  });
  afterAll(async () => {
    await kontext?.close();
  });

  it.each(stichprobe(inject('dist')))('finds no WCAG 2.1 AA violation on %s', async (pfad) => {
    await oeffneGebaut(seite, pfad);
    const { verstoesse, bestanden } = await axePruefung(seite);
    expect(bestanden).toBeGreaterThan(10);
    expect(verstoesse).toEqual([]);
  });
});
