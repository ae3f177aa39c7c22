import { describe, expect, inject, it } from 'vitest';
import { bleibAufSeite, browserJeDatei, stichprobe } from './browser.ts';

const browser = browserJeDatei();

describe('requests and Content-Security-Policy', () => {
  // Every page but the ~1,600 Gebiet pages, which are checked by a fixed sample per template.
  for (const pfad of stichprobe(inject('dist'))) {
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
      await bleibAufSeite(kontext, basis.origin + pfad);
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
