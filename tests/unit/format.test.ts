import { describe, expect, it } from 'vitest';
import { datumDeutsch, euro, euroKompakt, euroMitCent, zahl } from '../../src/lib/darstellung/format.ts';

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

describe('compact German amounts', () => {
  it('writes millions short and smaller amounts in full, unknown never as 0', () => {
    expect(euroKompakt(1_500_000)).toBe('1,5\u00a0Mio.\u00a0€');
    expect(euroKompakt(2_000_000)).toBe('2\u00a0Mio.\u00a0€');
    expect(euroKompakt(500_000)).toBe('0,5\u00a0Mio.\u00a0€');
    expect(euroKompakt(92_000)).toBe('92.000\u00a0€');
    expect(euroKompakt(0)).toBe('0\u00a0€');
    expect(euroKompakt(undefined)).toBe('unbekannt');
  });

  it('keeps the cents of per-inhabitant amounts', () => {
    expect(euroMitCent(0.21627)).toBe('0,22\u00a0€');
    expect(euroMitCent(2)).toBe('2,00\u00a0€');
    expect(euroMitCent(undefined)).toBe('unbekannt');
  });
});
