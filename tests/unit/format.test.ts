import { describe, expect, it } from 'vitest';
import { datumDeutsch, euro, zahl } from '../../src/lib/format.ts';

describe('German formats', () => {
  it('writes dates as precise as they are stored', () => {
    expect(datumDeutsch('2024-04-02')).toBe('02.04.2024');
    expect(datumDeutsch('2024-03')).toBe('März 2024');
    expect(datumDeutsch('2016')).toBe('2016');
    expect(datumDeutsch('unbekannt')).toBe('unbekannt');
    expect(datumDeutsch(undefined)).toBe('unbekannt');
  });

  it('writes numbers and euro amounts the German way, unknown never as 0', () => {
    expect(zahl(205307)).toBe('205.307');
    expect(euro(1000000)).toBe('1.000.000\u00a0€');
    expect(euro(6991.08)).toBe('6.991,08\u00a0€');
    expect(euro(2528.4)).toBe('2.528,40\u00a0€');
    expect(euro(0)).toBe('0\u00a0€');
    expect(euro(undefined)).toBe('unbekannt');
  });
});
