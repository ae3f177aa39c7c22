import { describe, expect, it } from 'vitest';
import { entwurfText, leseEntwurf } from '../../src/lib/musterabfrage/entwurf.ts';

describe('the answer form’s draft', () => {
  it('reads back what it wrote', () => {
    const text = entwurfText({ gebiet: '13075039', beirat: 'ja' }, ['beirat-budget'], new Date('2026-11-02T10:00:00Z'));
    const r = leseEntwurf(text);
    expect(r.art).toBe('entwurf');
    if (r.art !== 'entwurf') return;
    expect(r.entwurf.gespeichert).toBe('2026-11-02T10:00:00.000Z');
    expect({ ...r.entwurf.werte }).toEqual({ gebiet: '13075039', beirat: 'ja' });
    expect(r.entwurf.unbekannt).toEqual(['beirat-budget']);
  });

  it('is no draft when nothing is stored', () => {
    expect(leseEntwurf(null)).toEqual({ art: 'keiner' });
    expect(leseEntwurf('')).toEqual({ art: 'keiner' });
  });

  it.each([
    ['"hallo"'],
    ['[]'],
    ['null'],
    ['{"werte":null}'],
    ['{kaputt'],
    ['{"gespeichert":"gestern","werte":{}}'],
    ['{"gespeichert":"2026-11-02T10:00:00Z","werte":{"gebiet":13075039}}'],
    ['{"gespeichert":"2026-11-02T10:00:00Z","werte":[]}'],
    ['{"gespeichert":"2026-11-02T10:00:00Z","werte":{},"unbekannt":"beirat"}'],
    ['{"gespeichert":"2026-11-02T10:00:00Z","werte":{},"unbekannt":[1]}'],
  ])('discards the malformed draft %s', (text) => {
    expect(leseEntwurf(text)).toEqual({ art: 'verworfen' });
  });

  it('keeps an older draft without ticked boxes', () => {
    const r = leseEntwurf('{"gespeichert":"2026-11-02T10:00:00Z","werte":{"gebiet":"13075039"}}');
    expect(r.art === 'entwurf' && r.entwurf.unbekannt).toEqual([]);
  });

  it('treats a field called "constructor" or "__proto__" as a field, never as the object’s own machinery', () => {
    const r = leseEntwurf('{"gespeichert":"2026-11-02T10:00:00Z","werte":{"constructor":"x","__proto__":"y"}}');
    expect(r.art).toBe('entwurf');
    if (r.art !== 'entwurf') return;
    expect(Object.entries(r.entwurf.werte)).toEqual([
      ['constructor', 'x'],
      ['__proto__', 'y'],
    ]);
  });
});
