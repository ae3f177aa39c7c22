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
    // The policy applies from where it stands: first in <head>, after only the charset.
    const anfang = await seite.evaluate(() => [...document.head.children].slice(0, 2).map((e) => e.outerHTML));
    expect(anfang[0]).toBe('<meta charset="utf-8">');
    expect(anfang[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
    // No full addresses in the Referer to other sites; and an icon link, so no view asks for a missing /favicon.ico.
    expect(await seite.locator('meta[name="referrer"]').getAttribute('content')).toBe(
      'strict-origin-when-cross-origin',
    );
    expect(await seite.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
  });
});

describe('the answer form', () => {
  it('refuses to show itself inside another origin’s frame, and says why', async () => {
    const url = new URL('musterabfrage/antworten/', inject('basisUrl')).href;
    const seite = await browser().newPage();
    // The framing page lives on about:blank, another origin than the site.
    await seite.setContent(`<iframe src="${url}" width="800" height="600"></iframe>`);
    const rahmen = seite.frameLocator('iframe');
    await expect
      .poll(() => rahmen.locator('#eingebettet').textContent())
      .toContain('Dieses Formular ist in eine andere Seite eingebettet und wird darum nicht angezeigt');
    expect(await rahmen.locator('#eingebettet a').getAttribute('target')).toBe('_blank');
    expect(await rahmen.locator('#abfrage-formular').isHidden()).toBe(true);
    expect(await rahmen.locator('#ohne-javascript').count()).toBe(0);

    // On its own page, the same form shows.
    await seite.goto(url);
    await expect.poll(() => seite.locator('#abfrage-formular').isVisible()).toBe(true);
    expect(await seite.locator('#eingebettet').count()).toBe(0);
    await seite.close();
  });
});
