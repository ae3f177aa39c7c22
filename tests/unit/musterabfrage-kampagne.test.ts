import { describe, expect, it } from 'vitest';
import { kampagnenStand } from '../../src/lib/musterabfrage/kampagne.ts';
import type { AnfrageZeile, AntwortZeile } from '../../src/lib/schema/musterabfrage.ts';
import { TEST_GEBIETE } from '../hilfen/register.ts';

const anfrage = (zeile: number, gebiet: string, datum: string, teil: Partial<AnfrageZeile> = {}) => ({
  zeile,
  daten: {
    gebiet,
    datum,
    art: 'Anfrage',
    frist: undefined,
    anfragende: 'LAG',
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
    ...teil,
  } satisfies AnfrageZeile,
});
const antwort = (gebiet: string, stand: string, antwortet: AntwortZeile['antwortet'] = 'Verwaltung') => ({
  zeile: 9,
  daten: {
    gebiet,
    frage: 'beirat',
    antwort: 'ja',
    stand,
    antwortet,
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    anmerkung: undefined,
  } as AntwortZeile,
});

describe('kampagnenStand', () => {
  const anfragen = [
    anfrage(2, '13075039', '2026-10-01', { frist: '2026-10-31' }),
    anfrage(3, '13075039', '2026-11-05', { art: 'Erinnerung', frist: '2026-11-20' }),
    anfrage(4, '130755553', '2026-10-01', { frist: '2026-10-31' }),
    anfrage(5, '13003000', '2026-10-01'),
  ];
  const antworten = [antwort('130755553', '2026-10-21'), antwort('13003000', '2026-11-01', 'Dritte')];
  const { kreise, anzahl } = kampagnenStand(TEST_GEBIETE, antworten, anfragen, '2026-11-30');
  const zeile = (s: string) => kreise.flatMap((k) => k.zeilen).find((z) => z.gebiet.schluessel === s);

  it('follows a request through reminders to overdue, and counts the days open to today', () => {
    expect(zeile('13075039')).toMatchObject({
      status: 'ueberfaellig',
      angefragt: '2026-10-01',
      erinnerungen: ['2026-11-05'],
      frist: '2026-11-20',
      antwort: undefined,
      tageOffen: 60,
    });
  });

  it('counts the days to the answer, and an answer by Dritte answers nothing', () => {
    expect(zeile('130755553')).toMatchObject({ status: 'geantwortet', antwort: '2026-10-21', tageOffen: 20 });
    expect(zeile('13003000')).toMatchObject({ status: 'angefragt', frist: undefined, tageOffen: 60 });
  });

  it('groups by Kreis, a kreisfreie Stadt being its own, and counts each state', () => {
    expect(kreise.map((k) => k.kreis)).toEqual(['13003', '13075']);
    expect(kreise.find((k) => k.kreis === '13075')?.anzahl).toMatchObject({ ueberfaellig: 1, geantwortet: 1 });
    expect(anzahl.angefragt + anzahl.ueberfaellig + anzahl.geantwortet).toBe(3);
  });
});
