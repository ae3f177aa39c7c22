import { describe, expect, it } from 'vitest';
import { quellenDerTabelle, quellenverzeichnis } from '../../src/lib/veroeffentlichen/quellen.ts';
import { einwohner, strukturen } from '../../src/lib/schema/index.ts';

const struktur = (zeile: number, quelle_url: string, stand: string, quelle_titel = 'Titel') => ({
  zeile,
  daten: { gebiet: '13', typ: 'beirat', status: 'vorhanden', stand, quelle_url, quelle_titel },
});
const einwohnerZeile = (zeile: number, quelle_url: string, stichtag: string) => ({
  zeile,
  daten: { gebiet: '13', einwohner: 1, stichtag, quelle_url, quelle_titel: 'Destatis' },
});

describe('quellenDerTabelle', () => {
  it('counts each source once per row and lists the dates it was used for, oldest first', () => {
    const q = quellenDerTabelle(strukturen, [
      struktur(2, 'https://a.de/', '2024-03'),
      struktur(3, 'https://b.de/', '2023', 'B'),
      struktur(4, 'https://a.de/', '2022'),
      struktur(5, 'https://a.de/', 'unbekannt'),
    ]);
    expect(q).toEqual([
      {
        url: 'https://a.de/',
        titel: 'Titel',
        verwendungen: [{ tabelle: strukturen, zeilen: 3, daten: ['unbekannt', '2022', '2024-03'] }],
      },
      { url: 'https://b.de/', titel: 'B', verwendungen: [{ tabelle: strukturen, zeilen: 1, daten: ['2023'] }] },
    ]);
  });

  it('dates population figures by their Stichtag', () => {
    expect(
      quellenDerTabelle(einwohner, [einwohnerZeile(2, 'https://destatis.de/', '2024-12-31')])[0]!.verwendungen[0]!
        .daten,
    ).toEqual(['2024-12-31']);
  });
});

describe('quellenverzeichnis', () => {
  it('merges one address used by several tables into one entry, sorted by title', () => {
    const v = quellenverzeichnis([
      {
        tabelle: strukturen,
        zeilen: [struktur(2, 'https://z.de/', '2024', 'Zeitung'), struktur(3, 'https://destatis.de/', '2020', 'Amt')],
      },
      { tabelle: einwohner, zeilen: [einwohnerZeile(2, 'https://destatis.de/', '2024-12-31')] },
    ]);
    expect(v.map((q) => q.titel)).toEqual(['Amt', 'Zeitung']);
    expect(v[0]!.verwendungen.map((u) => [u.tabelle.name, u.zeilen])).toEqual([
      ['strukturen', 1],
      ['einwohner', 1],
    ]);
  });
});
