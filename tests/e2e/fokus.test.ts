import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei } from './browser.ts';

// A keyboard user tabs through the whole home page: no script error on any focus path, and every
// stop shows a focus ring that nothing cuts off.
const browser = browserJeDatei();

interface Halt {
  was: string;
  ring: boolean;
  abgeschnitten: boolean;
}

/** The focused element: what it is, whether it shows a ring, and whether an ancestor clips that ring. */
function pruefeFokus(): Halt | null {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const was = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${(el.textContent ?? '').trim().slice(0, 30)}`;
  const innen = (r: DOMRect, q: DOMRect, rand: number) =>
    r.left - rand >= q.left - 0.5 &&
    r.top - rand >= q.top - 0.5 &&
    r.right + rand <= q.right + 0.5 &&
    r.bottom + rand <= q.bottom + 0.5;
  // On the map the ring is drawn as the stroke of the Gebiet's shape, inside the SVG.
  const karte = el.closest('svg#karte');
  if (karte && el.tagName.toLowerCase() === 'a') {
    const form = el.firstElementChild as SVGGraphicsElement;
    const strich = getComputedStyle(form);
    return {
      was,
      ring: strich.stroke !== 'none' && Number.parseFloat(strich.strokeWidth) >= 2,
      abgeschnitten: !innen(form.getBoundingClientRect(), karte.getBoundingClientRect(), 0),
    };
  }
  const stil = getComputedStyle(el);
  const breite = stil.outlineStyle === 'none' ? 0 : Number.parseFloat(stil.outlineWidth);
  const ring = breite > 0 || stil.boxShadow !== 'none';
  const rand = breite + Math.max(0, Number.parseFloat(stil.outlineOffset) || 0);
  const r = el.getBoundingClientRect();
  let abgeschnitten = r.width < 1 || r.height < 1;
  for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    if (!innen(r, p.getBoundingClientRect(), rand)) abgeschnitten = true;
  }
  return { was, ring, abgeschnitten };
}

describe('Tab walk through the home page', () => {
  for (const breite of [1280, 390]) {
    it(`reaches every stop with a visible, uncut focus ring and no page error at ${breite} px`, async () => {
      const kontext = await browser().newContext({ viewport: { width: breite, height: breite < 600 ? 844 : 900 } });
      const seite = await kontext.newPage();
      const fehler: string[] = [];
      seite.on('pageerror', (e) => fehler.push(e.message));
      await seite.goto(inject('basisUrl') + '/');
      await seite.waitForSelector('#karten-ansicht[data-bereit="ja"]');
      const halte: Halt[] = [];
      for (let i = 0; i < 300; i++) {
        await seite.keyboard.press('Tab');
        const halt = await seite.evaluate(pruefeFokus);
        if (!halt) {
          if (halte.length > 0) break;
          continue;
        }
        halte.push(halt);
      }
      // The walk went through the page: the search, the map's one stop and the links below it.
      expect(halte.some((h) => h.was.startsWith('input#suche-eingabe'))).toBe(true);
      expect(halte.some((h) => h.was.startsWith('a') && h.was.includes('Karte überspringen'))).toBe(true);
      expect(halte.length).toBeGreaterThan(15);
      expect(halte.filter((h) => !h.ring).map((h) => h.was)).toEqual([]);
      expect(halte.filter((h) => h.abgeschnitten).map((h) => h.was)).toEqual([]);
      expect(fehler).toEqual([]);
      await kontext.close();
    });
  }
});
