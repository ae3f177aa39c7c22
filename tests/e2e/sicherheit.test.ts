import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserJeDatei, oeffneGebaut, stichprobe } from './browser.ts';

const browser = browserJeDatei();

describe('requests and Content-Security-Policy', () => {
  // One tab, page after page; what it requests and logs is collected per page.
  let kontext: BrowserContext;
  let seite: Page;
  const fremd: string[] = [];
  const verstoesse: string[] = [];
  beforeAll(async () => {
    const basis = new URL(inject('basisUrl'));
    kontext = await browser().newContext();
    seite = await kontext.newPage();
    seite.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.host !== basis.host) fremd.push(r.url());
    });
    seite.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) verstoesse.push(m.text());
    });
  });
  afterAll(async () => {
    await kontext?.close();
  });

  // Every page but the ~1,600 Gebiet pages, which are checked by a fixed sample per template.
  it.each(stichprobe(inject('dist')))('%s loads nothing from third parties and breaks no CSP rule', async (pfad) => {
    fremd.length = 0;
    verstoesse.length = 0;
    // networkidle: the map fetches its data after the first render, and that request counts too.
    await oeffneGebaut(seite, pfad, 'networkidle');
    expect(fremd).toEqual([]);
    expect(verstoesse).toEqual([]);
    const csp = await seite.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
