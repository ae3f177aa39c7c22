import { describe, expect, it } from 'vitest';
import { aktuelleBeobachtung, verlauf } from '../../src/lib/strukturen/beobachtungen.ts';
import type { StrukturZeile } from '../../src/lib/schema/strukturen.ts';
import { vergleicheStand } from '../../src/lib/strukturen/stand.ts';

const zeile = (
  nr: number,
  stand: string,
  status: StrukturZeile['status'],
  gebiet = '13004000',
  typ: StrukturZeile['typ'] = 'beirat',
) => ({
  zeile: nr,
  daten: {
    gebiet,
    typ,
    status,
    name: 'Beirat',
    seit: undefined,
    form: undefined,
    stand,
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
  } satisfies StrukturZeile,
});

describe('aktuelleBeobachtung', () => {
  it('takes the newest Stand, whatever the order of lines', () => {
    const zeilen = [
      zeile(2, '2024-12-19', 'abgelehnt'),
      zeile(3, '2024-01-30', 'beschlossen'),
      zeile(4, '2024-07-15', 'beschlossen'),
    ];
    expect(aktuelleBeobachtung(zeilen, '13004000', 'beirat')?.daten.status).toBe('abgelehnt');
  });

  it('counts an undated observation as older than any dated one', () => {
    const zeilen = [zeile(2, '2016', 'vorhanden'), zeile(3, 'unbekannt', 'unbekannt')];
    expect(aktuelleBeobachtung(zeilen, '13004000', 'beirat')?.zeile).toBe(2);
  });

  it('lets the later line win on the same Stand, so corrections are appended', () => {
    const zeilen = [zeile(2, '2024-03', 'vorhanden'), zeile(3, '2024-03', 'aufgelöst')];
    expect(aktuelleBeobachtung(zeilen, '13004000', 'beirat')?.daten.status).toBe('aufgelöst');
  });

  it('knows nothing where there is no row (rendered as unbekannt)', () => {
    expect(aktuelleBeobachtung([zeile(2, '2024', 'vorhanden')], '13004000', 'konzept')).toBeUndefined();
    expect(aktuelleBeobachtung([zeile(2, '2024', 'vorhanden')], '13003000', 'beirat')).toBeUndefined();
  });
});

describe('verlauf', () => {
  it('lists one Gebiet newest first', () => {
    const zeilen = [
      zeile(2, '2023', 'vorhanden'),
      zeile(3, '2025-01', 'vorhanden', '13003000'),
      zeile(4, '2024-06', 'vorhanden'),
      zeile(5, 'unbekannt', 'vorhanden'),
    ];
    expect(verlauf(zeilen, '13004000').map((z) => z.zeile)).toEqual([4, 2, 5]);
  });
});

describe('vergleicheStand', () => {
  it('orders partial dates by their first day', () => {
    expect(['2024-03', '2024', 'unbekannt', '2024-03-02', '2023-12-31'].sort(vergleicheStand)).toEqual([
      'unbekannt',
      '2023-12-31',
      '2024',
      '2024-03',
      '2024-03-02',
    ]);
  });
});
