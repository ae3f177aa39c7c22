import { describe, expect, it } from 'vitest';
import { nachKreisen } from '../../src/lib/musterabfrage/kreise.ts';
import { TEST_REGISTER } from '../hilfen/register.ts';

describe('nachKreisen', () => {
  it('groups by Kreis in key order and names each Kreis as the pages do', () => {
    const briefe = [
      { gebiet: '13075039', kreis: '13075' },
      { gebiet: '13003000', kreis: '13003' },
      { gebiet: '13075', kreis: '13075' },
    ];
    const gruppen = nachKreisen(briefe, (b) => b.kreis, TEST_REGISTER);
    expect(gruppen.map((g) => [g.kreis, g.eintraege.map((b) => b.gebiet)])).toEqual([
      ['13003', ['13003000']],
      ['13075', ['13075039', '13075']],
    ]);
    expect(gruppen.map((g) => g.name)).toEqual(['Rostock', 'Landkreis Vorpommern-Greifswald']);
  });

  it('names a key that is not in the register instead of failing later', () => {
    expect(() => nachKreisen([{ kreis: '13099' }], (b) => b.kreis, TEST_REGISTER)).toThrow(
      'Kreis 13099 steht nicht im Gebietsregister',
    );
  });
});
