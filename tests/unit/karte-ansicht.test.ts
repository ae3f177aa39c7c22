import { describe, expect, it } from 'vitest';
import {
  alsViewBox,
  GROESSTER_ZOOM,
  massstab,
  punktInAnsicht,
  umAnker,
  umfasse,
  zoome,
} from '../../src/lib/karte/ansicht.ts';
import { naechsterNachbar, RICHTUNGEN, richtungVon } from '../../src/lib/karte/nachbar.ts';

const GANZ = { x: 0, y: 0, w: 800, h: 560 };

describe('viewBox maths', () => {
  it('zooms around the middle and keeps the aspect', () => {
    const v = zoome(GANZ, GANZ, 0.5);
    expect(v).toEqual({ x: 200, y: 140, w: 400, h: 280 });
    expect(alsViewBox(v)).toBe('200 140 400 280');
    expect(massstab(v, GANZ)).toBe(2);
  });

  it('scales a label around its anchor, which stays where it is', () => {
    expect(umAnker({ x: 100, y: 50 }, 1)).toBeUndefined();
    expect(umAnker({ x: 100, y: 50 }, 0.5)).toBe('matrix(0.5 0 0 0.5 50 25)');
    // The anchor maps onto itself: 0.5 · 100 + 50 = 100 and 0.5 · 50 + 25 = 50.
    expect(umAnker({ x: 0, y: 0 }, 0.25)).toBe('matrix(0.25 0 0 0.25 0 0)');
  });

  it('keeps the point under the pointer in place', () => {
    const punkt = { x: 100, y: 50 };
    const v = zoome(GANZ, GANZ, 0.25, punkt);
    expect((punkt.x - v.x) / v.w).toBeCloseTo(punkt.x / GANZ.w);
    expect((punkt.y - v.y) / v.h).toBeCloseTo(punkt.y / GANZ.h);
  });

  it('never zooms out beyond the whole map nor closer than the limit', () => {
    expect(zoome(GANZ, GANZ, 3).w).toBe(800);
    let v = GANZ;
    for (let i = 0; i < 20; i++) v = zoome(v, GANZ, 0.5);
    expect(v.w).toBe(800 / GROESSTER_ZOOM);
  });

  it('frames a selection three times its size, or nothing for no selection', () => {
    expect(umfasse([], GANZ)).toBeUndefined();
    const v = umfasse([{ x: 100, y: 100, width: 40, height: 20 }], GANZ);
    expect(v).toEqual({ x: 60, y: 68, w: 120, h: 84 });
  });

  it('finds the map point under a screen position', () => {
    const rahmen = { left: 10, top: 20, width: 400, height: 280 };
    expect(punktInAnsicht(GANZ, rahmen, { x: 210, y: 160 })).toEqual({ x: 400, y: 280 });
  });
});

describe('keyboard neighbour', () => {
  const mitten = new Map([
    ['mitte', { x: 0, y: 0 }],
    ['rechts', { x: 10, y: 0 }],
    ['rechts-schraeg', { x: 6, y: 5 }],
    ['oben', { x: 0, y: -8 }],
  ]);

  it('prefers the Gebiet straight ahead over a closer one to the side', () => {
    expect(naechsterNachbar('mitte', mitten, RICHTUNGEN.ArrowRight)).toBe('rechts');
    expect(naechsterNachbar('mitte', mitten, RICHTUNGEN.ArrowUp)).toBe('oben');
  });

  it('knows the arrow keys and nothing else', () => {
    expect(richtungVon('ArrowDown')).toEqual({ x: 0, y: 1 });
    expect(richtungVon('Enter')).toBeUndefined();
    expect(richtungVon('toString')).toBeUndefined();
  });

  it('finds nothing at the edge or for an unknown start', () => {
    expect(naechsterNachbar('mitte', mitten, RICHTUNGEN.ArrowLeft)).toBeUndefined();
    expect(naechsterNachbar('fehlt', mitten, RICHTUNGEN.ArrowLeft)).toBeUndefined();
  });
});
