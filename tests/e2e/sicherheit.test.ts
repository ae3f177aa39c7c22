import { describe, expect, inject, it } from 'vitest';
import { alleSeiten, browserJeDatei } from './browser.ts';

const browser = browserJeDatei();

describe('requests and Content-Security-Policy', () => {
  for (const pfad of alleSeiten(inject('dist'))) {
    it(`${pfad} loads nothing from third parties and breaks no CSP rule`, async () => {
      const basis = new URL(inject('basisUrl'));
      const kontext = await browser().newContext();
      const seite = await kontext.newPage();
      const fremd: string[] = [];
      const verstoesse: string[] = [];
      seite.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol !== 'data:' && url.host !== basis.host) fremd.push(r.url());
      });
      seite.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) verstoesse.push(m.text());
      });
      await seite.goto(basis.origin + pfad, { waitUntil: 'networkidle' });
      expect(fremd).toEqual([]);
      expect(verstoesse).toEqual([]);
      const csp = await seite.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      await kontext.close();
    });
  }
});
