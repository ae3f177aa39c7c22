import { describe, expect, it } from 'vitest';
import { MERKMALE } from '../../src/lib/strukturen/merkmale.ts';
import { kreisVon } from '../../src/lib/gebiete/schluessel.ts';
import { belegtAb } from '../../src/lib/strukturen/stand.ts';
import { aktuelleBeobachtung } from '../../src/lib/strukturen/beobachtungen.ts';
import {
  aenderungstage,
  anzahlAm,
  beobachtungAm,
  kategorieVon,
  nurAenderungen,
  zaehleVerlauf,
} from '../../src/lib/strukturen/zeitverlauf.ts';
import { strukturZeile as zeile } from '../hilfen/zeilen.ts';
import { HEUTE } from '../hilfen/register.ts';

const am = (zeilen: ReturnType<typeof zeile>[], tag: string) =>
  zaehleVerlauf(zeilen, [tag], HEUTE).zeitpunkte[0]!.anzahl;

describe('belegtAb', () => {
  it('counts a partial Stand from the last day of its period', () => {
    expect(belegtAb('2024-03-13', HEUTE)).toBe('2024-03-13');
    expect(belegtAb('2024-02', HEUTE)).toBe('2024-02-29');
    expect(belegtAb('2023-02', HEUTE)).toBe('2023-02-28');
    expect(belegtAb('2024', HEUTE)).toBe('2024-12-31');
  });

  it('never lies after today, and undated observations have no day', () => {
    expect(belegtAb('2026', '2026-11-21')).toBe('2026-11-21');
    expect(belegtAb('2026-11', '2026-11-21')).toBe('2026-11-21');
    expect(belegtAb('unbekannt', HEUTE)).toBeUndefined();
    expect(belegtAb(undefined, HEUTE)).toBeUndefined();
  });
});

describe('zaehleVerlauf', () => {
  it('counts a history with a status change correctly before, at and after each change', () => {
    const schwerin = [zeile('13004000', 'beschlossen', '2024-01-30'), zeile('13004000', 'abgelehnt', '2024-12-19')];
    expect(am(schwerin, '2024-01-29').beirat).toEqual({ vorhanden: 0, geplant: 0, nein: 0 });
    expect(am(schwerin, '2024-01-30').beirat).toEqual({ vorhanden: 0, geplant: 1, nein: 0 });
    expect(am(schwerin, '2024-12-18').beirat).toEqual({ vorhanden: 0, geplant: 1, nein: 0 });
    expect(am(schwerin, '2024-12-19').beirat).toEqual({ vorhanden: 0, geplant: 0, nein: 1 });

    const aufgeloest = [
      zeile('13003000', 'vorhanden', '2015-09-29', 'beauftragte'),
      zeile('13003000', 'aufgelöst', '2017-06', 'beauftragte'),
    ];
    expect(am(aufgeloest, '2017-06-29').beauftragte.vorhanden).toBe(1);
    expect(am(aufgeloest, '2017-06-30').beauftragte).toEqual({ vorhanden: 0, geplant: 0, nein: 1 });
  });

  it('lets a Gebiet count once per Merkmal, whatever the order of its lines', () => {
    const zeilen = [
      zeile('13003000', 'vorhanden', '2025-09-18'),
      zeile('13003000', 'vorhanden', '2009'),
      zeile('13075039', 'vorhanden', '2023-01'),
    ];
    expect(am(zeilen, '2022-01-01').beirat.vorhanden).toBe(1);
    expect(am(zeilen, '2023-01-31').beirat.vorhanden).toBe(2);
    expect(am(zeilen, HEUTE).beirat.vorhanden).toBe(2);
  });

  it('counts a partial Stand only once its period is over', () => {
    const zeilen = [zeile('13075039', 'vorhanden', '2024-03')];
    expect(am(zeilen, '2024-03-30').beirat.vorhanden).toBe(0);
    expect(am(zeilen, '2024-03-31').beirat.vorhanden).toBe(1);
  });

  it('puts undated observations on no day, counts them apart, and so adds up to the current status', () => {
    const zeilen = [
      zeile('13071107', 'vorhanden', 'unbekannt', 'konzept'),
      zeile('13003000', 'vorhanden', 'unbekannt', 'konzept'),
      zeile('13003000', 'abgelehnt', '2020', 'konzept'),
      zeile('13072', 'vorhanden', '2019-05-08', 'konzept'),
      zeile('13004000', 'beschlossen', '2024-01-30'),
    ];
    const verlauf = zaehleVerlauf(zeilen, aenderungstage(zeilen, '2015-01-01', HEUTE), HEUTE);
    const heute = verlauf.zeitpunkte.at(-1)!;
    expect(heute.tag).toBe(HEUTE);
    expect(heute.anzahl.konzept).toEqual({ vorhanden: 1, geplant: 0, nein: 1 });
    expect(verlauf.undatiert.konzept).toEqual({ vorhanden: 1, geplant: 0, nein: 0 });
    expect(verlauf.zeitpunkte[0]!.anzahl.konzept.vorhanden).toBe(0);

    for (const merkmal of MERKMALE) {
      for (const k of ['vorhanden', 'geplant', 'nein'] as const) {
        const aktuell = ['13071107', '13003000', '13072', '13004000'].filter(
          (g) => kategorieVon(aktuelleBeobachtung(zeilen, g, merkmal)?.daten.status) === k,
        ).length;
        expect(heute.anzahl[merkmal][k] + verlauf.undatiert[merkmal][k], `${merkmal} ${k}`).toBe(aktuell);
      }
    }
  });

  it('leaves out the Land, whose bodies are no Kommune’s', () => {
    expect(am([zeile('13', 'vorhanden', '2017-06-07')], HEUTE).beirat.vorhanden).toBe(0);
  });

  it('counts each Gebiet in exactly one Kreis: the Kreise add up to the whole', () => {
    const zeilen = [
      zeile('13003000', 'vorhanden', '2009'),
      zeile('13072', 'vorhanden', '2023'),
      zeile('13075039', 'vorhanden', '2023-01'),
      zeile('130755553', 'vorhanden', '2024-05', 'konzept'),
      zeile('13075', 'in Planung', '2022-08'),
    ];
    const tage = aenderungstage(zeilen, '2015-01-01', HEUTE);
    const gesamt = zaehleVerlauf(zeilen, tage, HEUTE);
    const kreise = ['13003', '13072', '13075'].map((k) => zaehleVerlauf(zeilen, tage, HEUTE, (s) => kreisVon(s) === k));
    for (const [i, p] of gesamt.zeitpunkte.entries()) {
      for (const merkmal of MERKMALE) {
        for (const k of ['vorhanden', 'geplant', 'nein'] as const) {
          expect(
            kreise.reduce((s, v) => s + v.zeitpunkte[i]!.anzahl[merkmal][k], 0),
            `${p.tag} ${merkmal} ${k}`,
          ).toBe(p.anzahl[merkmal][k]);
        }
      }
    }
    expect(anzahlAm(gesamt.zeitpunkte, HEUTE)!.beirat).toEqual({ vorhanden: 3, geplant: 1, nein: 0 });
  });
});

describe('beobachtungAm', () => {
  it('is the newest observation documented by that day', () => {
    const zeilen = [zeile('13004000', 'beschlossen', '2024-01-30'), zeile('13004000', 'abgelehnt', '2024-12-19')];
    expect(beobachtungAm(zeilen, '13004000', 'beirat', '2024-06-09', HEUTE)?.daten.status).toBe('beschlossen');
    expect(beobachtungAm(zeilen, '13004000', 'beirat', '2023-12-31', HEUTE)).toBeUndefined();
  });
});

describe('steps', () => {
  it('keeps only days on which a count changes, and the first and the last', () => {
    const zeilen = [
      zeile('13003000', 'vorhanden', '2018'),
      zeile('13003000', 'vorhanden', '2020'),
      zeile('13075039', 'vorhanden', '2023-01'),
    ];
    const tage = aenderungstage(zeilen, '2015-01-01', HEUTE);
    expect(tage).toEqual(['2015-01-01', '2018-12-31', '2020-12-31', '2023-01-31', HEUTE]);
    const stufen = nurAenderungen(zaehleVerlauf(zeilen, tage, HEUTE).zeitpunkte);
    expect(stufen.map((p) => [p.tag, p.anzahl.beirat.vorhanden])).toEqual([
      ['2015-01-01', 0],
      ['2018-12-31', 1],
      ['2023-01-31', 2],
      [HEUTE, 2],
    ]);
    expect(anzahlAm(stufen, '2022-06-01')!.beirat.vorhanden).toBe(1);
    expect(anzahlAm(stufen, '2014-12-31')).toBeUndefined();
  });
});
