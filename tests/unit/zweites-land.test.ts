import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { baueGeodaten, STANDARD, type Geodaten } from '../../src/lib/geo/pipeline.ts';
import { flacheFeatures } from '../../src/lib/geo/quelle.ts';
import { eltern, registerAus } from '../../src/lib/gebiete/register.ts';
import { ebeneVon } from '../../src/lib/gebiete/schluessel.ts';
import { PAKET_QUELLE } from '../../src/lib/laden/geo.ts';
import { flaechen } from '../../src/lib/karte/ebenen.ts';

// Nothing below the pages may assume Mecklenburg-Vorpommern: the pipeline and the register build
// Brandenburg (12) from the same VG250 package. The expected counts come from the package itself.
const BRANDENBURG = { schluessel: '12', name: 'Brandenburg', wasser: 'Gewässer' };

const lies = (datei: string) => flacheFeatures(JSON.parse(fs.readFileSync(datei, 'utf8')));
const gemeindeFeatures = lies(PAKET_QUELLE.gemeinden);

/** Land parts (GF 3 or 4) of Gemeinden in Brandenburg, by their Regionalschlüssel, as the package has them. */
const rsImPaket = gemeindeFeatures
  .map((f) => ({ rs: String(f.properties?.RS ?? f.properties?.ARS ?? ''), gf: Number(f.properties?.GF) }))
  .filter((e) => e.rs.startsWith('12') && (e.gf === 3 || e.gf === 4))
  .map((e) => e.rs);
const anzahl = (schluessel: (rs: string) => string) => new Set(rsImPaket.map(schluessel)).size;

let geo: Geodaten;
beforeAll(() => {
  const ergebnis = baueGeodaten(
    {
      gemeinden: gemeindeFeatures,
      verwaltungsgemeinschaften: lies(PAKET_QUELLE.verwaltungsgemeinschaften),
      kreise: lies(PAKET_QUELLE.kreise),
      laender: PAKET_QUELLE.laender ? lies(PAKET_QUELLE.laender) : undefined,
      gebietsstand: '2016-01-01',
    },
    [],
    STANDARD,
    BRANDENBURG,
  );
  if (!ergebnis.ok) throw new Error(JSON.stringify(ergebnis.fehler));
  geo = ergebnis.geodaten;
}, 120_000);

const ebene = (e: string) => geo.gebiete.filter((g) => g.ebene === e);

describe('a second Land (Brandenburg) from the same VG250 package', () => {
  it('has as many Gemeinden, Amt-level units and Kreise as the package has in Brandenburg', () => {
    expect(rsImPaket.length).toBeGreaterThan(100);
    expect(ebene('gemeinde')).toHaveLength(anzahl((rs) => rs.slice(0, 5) + rs.slice(9)));
    expect(ebene('amt')).toHaveLength(anzahl((rs) => rs.slice(0, 9)));
    expect(ebene('kreis')).toHaveLength(anzahl((rs) => rs.slice(0, 5)));
    expect(ebene('land').map((g) => [g.schluessel, g.name])).toEqual([['12', 'Brandenburg']]);
    for (const [objekt, e] of [
      ['gemeinden', 'gemeinde'],
      ['aemter', 'amt'],
      ['kreise', 'kreis'],
      ['land', 'land'],
    ] as const)
      expect(flaechen(geo.topologie, objekt).features).toHaveLength(ebene(e).length);
  });

  it('builds a register whose keys and parents all lie in Brandenburg', () => {
    const register = registerAus(geo.gebiete);
    for (const g of geo.gebiete) {
      expect(ebeneVon(g.schluessel, '12'), g.schluessel).toBe(g.ebene);
      for (const e of eltern(register, g)) expect(e.schluessel.startsWith('12'), g.schluessel).toBe(true);
    }
    const gemeinde = ebene('gemeinde').find((g) => g.art === 'amtsangehörig');
    expect(gemeinde && eltern(register, gemeinde).map((e) => e.ebene)).toEqual(['amt', 'kreis', 'land']);
  });

  it('holds no name or key of Mecklenburg-Vorpommern', () => {
    const text = JSON.stringify(geo);
    for (const mv of ['Mecklenburg', 'Vorpommern', 'Bodden', 'Küstenmeer']) expect(text.includes(mv), mv).toBe(false);
    expect(geo.gebiete.filter((g) => g.schluessel.startsWith('13'))).toEqual([]);
    expect(JSON.stringify(geo.topologie.objects)).not.toMatch(/"id":"13/);
  });
});
