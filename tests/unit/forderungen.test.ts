import { describe, expect, it } from 'vitest';
import { FORDERUNGEN } from '../../src/lib/politik/beschluss.ts';
import { forderungenMitVerlauf, zaehleStatus } from '../../src/lib/politik/forderungen.ts';
import type { ForderungZeile } from '../../src/lib/schema/forderungen.ts';

const zeile = (
  nr: number,
  forderung: ForderungZeile['forderung'],
  stand: string,
  status: ForderungZeile['status'],
) => ({
  zeile: nr,
  daten: {
    forderung,
    status,
    stand,
    beleg: 'B',
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
  } satisfies ForderungZeile,
});

describe('forderungenMitVerlauf', () => {
  it('lists every demand of the resolution in the order of the text, assessed or not', () => {
    const ergebnis = forderungenMitVerlauf([zeile(2, 'anerkennung', '2025', 'teilweise')]);
    expect(ergebnis.map((f) => f.forderung.wert)).toEqual(FORDERUNGEN.map((f) => f.wert));
    expect(ergebnis.filter((f) => f.aktuell === undefined)).toHaveLength(FORDERUNGEN.length - 1);
  });

  it('takes the newest Stand as current and keeps the whole history, newest first', () => {
    const zeilen = [
      zeile(2, 'zustaendigkeit', '2025-09-19', 'gegenteilig umgesetzt'),
      zeile(3, 'zustaendigkeit', '2024-01-09', 'nicht umgesetzt'),
      zeile(4, 'zustaendigkeit', 'unbekannt', 'offen'),
    ];
    const [z] = forderungenMitVerlauf(zeilen);
    expect(z!.aktuell?.daten.status).toBe('gegenteilig umgesetzt');
    expect(z!.verlauf.map((v) => v.zeile)).toEqual([2, 3, 4]);
  });

  it('lets the later line win on the same Stand, so a correction is appended, not overwritten', () => {
    const [z] = forderungenMitVerlauf([
      zeile(2, 'zustaendigkeit', '2024-03', 'umgesetzt'),
      zeile(3, 'zustaendigkeit', '2024-03', 'teilweise'),
    ]);
    expect(z!.aktuell?.zeile).toBe(3);
  });
});

describe('zaehleStatus', () => {
  it('counts the current status per demand and the demands nobody has assessed', () => {
    const zeilen = [
      zeile(2, 'zustaendigkeit', '2024', 'nicht umgesetzt'),
      zeile(3, 'zustaendigkeit', '2025', 'gegenteilig umgesetzt'),
      zeile(4, 'anerkennung', '2025', 'teilweise'),
    ];
    const anzahl = zaehleStatus(forderungenMitVerlauf(zeilen));
    expect(anzahl).toMatchObject({
      'gegenteilig umgesetzt': 1,
      teilweise: 1,
      'nicht umgesetzt': 0,
      'nicht bewertet': FORDERUNGEN.length - 2,
    });
    expect(Object.values(anzahl).reduce((a, b) => a + b, 0)).toBe(FORDERUNGEN.length);
  });
});
