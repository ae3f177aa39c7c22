import { describe, expect, it } from 'vitest';
import { jahressummen } from '../../src/lib/fonds/bewilligungen.ts';
import type { FondsBewilligungZeile } from '../../src/lib/schema/fonds.ts';

let nr = 1;
const zeile = (jahr: number, betrag_eur: number | undefined, art: 'bewilligung' | 'zuweisung' = 'bewilligung') => ({
  zeile: ++nr,
  daten: {
    jahr,
    art,
    gebiet: '13003000',
    empfaenger: undefined,
    projekt: undefined,
    betrag_eur,
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    stand: '2019',
    anmerkung: undefined,
  } satisfies FondsBewilligungZeile,
});

describe('jahressummen', () => {
  it('sums each year to the cent, oldest first', () => {
    const j = jahressummen([
      zeile(2018, 100),
      zeile(2017, 6991.08),
      zeile(2017, 2528.4),
      zeile(2017, 0.1),
      zeile(2017, 0.2),
    ]);
    expect(j.map((x) => x.jahr)).toEqual([2017, 2018]);
    expect(j[0]).toEqual({
      jahr: 2017,
      anzahl: 4,
      bewilligungen: 4,
      zuweisungen: 0,
      summe_eur: 9519.78,
      bekannt_eur: 9519.78,
      unbekannte_betraege: 0,
    });
  });

  it('never counts an unknown amount as 0: the total becomes unknown, the known part a lower bound', () => {
    expect(jahressummen([zeile(2017, 100), zeile(2017, undefined)])).toEqual([
      {
        jahr: 2017,
        anzahl: 2,
        bewilligungen: 2,
        zuweisungen: 0,
        summe_eur: null,
        bekannt_eur: 100,
        unbekannte_betraege: 1,
      },
    ]);
    expect(jahressummen([zeile(2017, undefined)])).toEqual([
      {
        jahr: 2017,
        anzahl: 1,
        bewilligungen: 1,
        zuweisungen: 0,
        summe_eur: null,
        bekannt_eur: null,
        unbekannte_betraege: 1,
      },
    ]);
  });

  it('counts an allocation in the sum of the year but not as an approval', () => {
    expect(jahressummen([zeile(2022, 78800, 'zuweisung'), zeile(2022, 100)])).toEqual([
      {
        jahr: 2022,
        anzahl: 2,
        bewilligungen: 1,
        zuweisungen: 1,
        summe_eur: 78900,
        bekannt_eur: 78900,
        unbekannte_betraege: 0,
      },
    ]);
  });

  it('knows no year without rows (absent, not 0)', () => {
    expect(jahressummen([])).toEqual([]);
  });
});
