import { describe, expect, inject, it } from 'vitest';
import { AXE_QUELLE, bleibAufSeite, browserJeDatei, stichprobe } from './browser.ts';

// axe-core over every kind of built page, as Starlight audits its docs: WCAG 2.0/2.1 A and AA.
const browser = browserJeDatei();

describe('axe-core', () => {
  // Every page but the ~1,600 Gebiet pages, which are checked by a fixed sample per template; on a
  // phone and on a desktop, because stacked tables and scroll boxes differ between the two.
  for (const pfad of stichprobe(inject('dist'))) {
    it.each([390, 1280])(`finds no WCAG 2.1 AA violation on ${pfad} at %i px`, async (breite) => {
      // bypassCSP only so axe itself can be injected; the CSP is tested on its own.
      const kontext = await browser().newContext({ bypassCSP: true, viewport: { width: breite, height: 844 } });
      const seite = await kontext.newPage();
      await bleibAufSeite(kontext, inject('basisUrl') + pfad);
      await seite.goto(inject('basisUrl') + pfad);
      await seite.evaluate(AXE_QUELLE);
      const ergebnis = (await seite.evaluate(() =>
        (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      )) as { violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
      expect(ergebnis.passes.length).toBeGreaterThan(10);
      expect(
        ergebnis.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
      await kontext.close();
    });
  }
});
