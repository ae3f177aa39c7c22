// Issue 12, point 9: the headers a <meta> cannot carry, for hosts that read public/_headers (Cloudflare Pages,
// Netlify). GitHub Pages ignores the file; README, "Sicherheit und Hosting", says what that means.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The _headers file as path → header lines (comments and blank lines dropped). */
function regeln(text: string): Map<string, string[]> {
  const ergebnis = new Map<string, string[]>();
  let pfad = '';
  for (const zeile of text.split('\n')) {
    if (zeile.trim() === '' || zeile.startsWith('#')) continue;
    if (!/^\s/.test(zeile)) {
      pfad = zeile.trim();
      ergebnis.set(pfad, []);
    } else ergebnis.get(pfad)?.push(zeile.trim());
  }
  return ergebnis;
}

describe('public/_headers', () => {
  const r = regeln(fs.readFileSync('public/_headers', 'utf8'));

  it('forbids framing by other sites, sniffing and plain HTTP for every page', () => {
    expect(r.get('/*')).toEqual(
      expect.arrayContaining([
        'X-Content-Type-Options: nosniff',
        'Referrer-Policy: strict-origin-when-cross-origin',
        expect.stringMatching(/^Strict-Transport-Security: max-age=\d+/),
        "Content-Security-Policy: frame-ancestors 'self'",
        'X-Frame-Options: SAMEORIGIN',
      ]),
    );
  });

  it('lets other sites frame only the embeddable map', () => {
    expect(r.get('/einbetten/*')).toEqual([
      '! Content-Security-Policy',
      '! X-Frame-Options',
      'Content-Security-Policy: frame-ancestors *',
    ]);
    expect([...r.keys()]).toEqual(['/*', '/einbetten/*']);
  });
});
