import { describe, expect, it } from 'vitest';
import { aliase, kurzname } from '../../src/lib/gebiete/aliase.ts';
import type { Gebiet } from '../../src/lib/gebiete/register.ts';
import { gebietsrouten, jsonRouten } from '../../src/lib/gebiete/routen.ts';
import { TEST_GEBIETE } from '../hilfen/register.ts';

const gemeinde = (schluessel: string, name: string): Gebiet => ({
  schluessel,
  ebene: 'gemeinde',
  name,
  bezeichnung: 'Gemeinde',
  art: 'amtsangehörig',
  kreis: schluessel.slice(0, 5),
});

describe('kurzname', () => {
  it('writes names as they are typed into an address bar', () => {
    expect(kurzname('Greifswald')).toBe('greifswald');
    expect(kurzname('Röbel/Müritz')).toBe('roebel-mueritz');
    expect(kurzname('Waren (Müritz)')).toBe('waren-mueritz');
    expect(kurzname('Born a. Darß')).toBe('born-a-darss');
    expect(kurzname('Hammer a.d. Uecker')).toBe('hammer-a-d-uecker');
    expect(kurzname('Mönchgut-Granitz')).toBe('moenchgut-granitz');
  });
});

describe('aliase', () => {
  it('forwards unambiguous names and groups namesakes for a choice', () => {
    const a = aliase([gemeinde('13074004', 'Benz'), gemeinde('13075010', 'Benz'), gemeinde('13075039', 'Greifswald')]);
    expect(a.map((x) => [x.kurzname, x.ziele.map((z) => z.schluessel)])).toEqual([
      ['benz', ['13074004', '13075010']],
      ['greifswald', ['13075039']],
    ]);
  });

  it('groups names that differ only in punctuation, and skips names without a letter', () => {
    const a = aliase([
      gemeinde('13071001', 'Röbel/Müritz'),
      gemeinde('13071002', 'Röbel Müritz'),
      gemeinde('13071003', '1234'),
    ]);
    expect(a).toHaveLength(1);
    expect(a[0]!.ziele).toHaveLength(2);
  });
});

describe('gebietsrouten', () => {
  const routen = gebietsrouten(TEST_GEBIETE);
  const an = (ebene: string, gebiet: string) =>
    routen.find((r) => r.params.ebene === ebene && r.params.gebiet === gebiet)?.props;

  it('gives every Gemeinde, Amt and Kreis its key URL: a page, or a forward for a twin', () => {
    expect(an('gemeinde', '13075142')).toEqual({
      art: 'seite',
      gebiet: TEST_GEBIETE.find((g) => g.schluessel === '13075142'),
    });
    expect(an('amt', '130755553')?.art).toBe('seite');
    expect(an('kreis', '13075')?.art).toBe('seite');
    expect(an('amt', '130750039')).toMatchObject({ art: 'weiterleitung', ziel: { schluessel: '130750039' } });
    expect(an('kreis', '13003')).toMatchObject({ art: 'weiterleitung', ziel: { schluessel: '13003' } });
    expect(routen.filter((r) => /^\d+$/.test(r.params.gebiet))).toHaveLength(TEST_GEBIETE.length - 1);
  });

  it('adds name aliases for Gemeinden, real Ämter and Kreise, never for an amtsfreie unit', () => {
    expect(an('gemeinde', 'greifswald')).toMatchObject({ art: 'weiterleitung', ziel: { schluessel: '13075039' } });
    expect(an('amt', 'landhagen')).toMatchObject({ art: 'weiterleitung', ziel: { schluessel: '130755553' } });
    expect(an('amt', 'greifswald')).toBeUndefined();
    expect(an('kreis', 'vorpommern-greifswald')?.art).toBe('weiterleitung');
  });

  it('has a JSON twin for every Gebiet but the Land (which has /land.json)', () => {
    expect(jsonRouten(TEST_GEBIETE).map((r) => `${r.params.ebene}/${r.params.gebiet}`)).toEqual(
      TEST_GEBIETE.filter((g) => g.ebene !== 'land').map((g) => `${g.ebene}/${g.schluessel}`),
    );
  });
});
