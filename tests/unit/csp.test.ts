// Issue 12, point 9: the CSP <meta> comes first in <head>, right after <meta charset>.
import { describe, expect, it } from 'vitest';
import { cspZuerst } from '../../src/lib/veroeffentlichen/csp.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'sha256-a+b/c='">`;

describe('cspZuerst', () => {
  it('moves the policy before title, canonical and icon, right after the charset', () => {
    const html =
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>T</title>' +
      `<link rel="icon" href="/favicon.svg">${CSP}<script type="module" src="/a.js"></script>` +
      '</head><body></body></html>';
    expect(cspZuerst(html)).toBe(
      `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">${CSP}<title>T</title>` +
        '<link rel="icon" href="/favicon.svg"><script type="module" src="/a.js"></script></head><body></body></html>',
    );
  });

  it('puts it first when there is no charset, and leaves a page without policy alone', () => {
    expect(cspZuerst(`<html><head><title>T</title>${CSP}</head></html>`)).toBe(
      `<html><head>${CSP}<title>T</title></head></html>`,
    );
    expect(cspZuerst('<html><head><title>T</title></head></html>')).toBe('<html><head><title>T</title></head></html>');
  });
});
