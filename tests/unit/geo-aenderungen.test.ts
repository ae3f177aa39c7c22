import { describe, expect, it } from 'vitest';
import { wendeAenderungenAn } from '../../src/lib/geo/aenderungen.ts';
import type { GebietsaenderungZeile } from '../../src/lib/schema/gebietsaenderungen.ts';

const aenderung = (
  zeile: number,
  datum: string,
  alt: string,
  neu: string,
  art: 'Eingemeindung' | 'Zusammenschluss',
) => ({
  zeile,
  daten: {
    datum,
    alt_ags: alt,
    alt_name: `alt ${alt}`,
    neu_ags: neu,
    neu_name: `neu ${neu}`,
    art,
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
  } satisfies GebietsaenderungZeile,
});

describe('wendeAenderungenAn', () => {
  const quelle = new Set(['13000001', '13000002', '13000003', '13000004']);

  it('dissolves merged Gemeinden into the receiving or new one and follows chains', () => {
    const { zuordnung, fehler } = wendeAenderungenAn(
      quelle,
      [
        aenderung(2, '2019-01-01', '13000001', '13000009', 'Zusammenschluss'),
        aenderung(3, '2019-01-01', '13000002', '13000009', 'Zusammenschluss'),
        aenderung(4, '2024-01-01', '13000009', '13000003', 'Eingemeindung'),
      ],
      '2016-01-01',
    );
    expect(fehler).toEqual([]);
    expect([...zuordnung.teile]).toEqual([
      ['13000003', ['13000001', '13000002', '13000003']],
      ['13000004', ['13000004']],
    ]);
  });

  it('treats a new key with an old name as a new Gemeinde (Karlsburg, Toddin)', () => {
    const { zuordnung } = wendeAenderungenAn(
      quelle,
      [
        aenderung(2, '2019-05-26', '13000001', '13000005', 'Zusammenschluss'),
        aenderung(3, '2019-05-26', '13000002', '13000005', 'Zusammenschluss'),
      ],
      '2016-01-01',
    );
    expect(zuordnung.teile.has('13000001')).toBe(false);
    expect(zuordnung.teile.get('13000005')).toEqual(['13000001', '13000002']);
    expect([...zuordnung.neu]).toEqual(['13000005']);
  });

  it('skips changes already contained in the source (newer VG250 exports)', () => {
    const { zuordnung, fehler } = wendeAenderungenAn(
      new Set(['13000003', '13000004']),
      [aenderung(2, '2019-01-01', '13000001', '13000003', 'Eingemeindung')],
      '2020-01-01',
    );
    expect(fehler).toEqual([]);
    expect(zuordnung.teile.size).toBe(2);
  });

  it('reports inconsistent rows against their line in the change list', () => {
    const { fehler } = wendeAenderungenAn(
      quelle,
      [
        aenderung(2, '2019-01-01', '13099999', '13000003', 'Eingemeindung'),
        aenderung(3, '2019-01-01', '13000001', '13000077', 'Eingemeindung'),
        aenderung(4, '2019-01-01', '13000002', '13000003', 'Zusammenschluss'),
      ],
      '2016-01-01',
    );
    expect(fehler.map((f) => [f.zeile, f.spalte, f.gefunden])).toEqual([
      [2, 2, '13099999'],
      [3, 4, '13000077'],
      [4, 4, '13000003'],
    ]);
  });
});
