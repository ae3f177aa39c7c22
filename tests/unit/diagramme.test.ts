import { describe, expect, it } from 'vitest';
import { entzerren, etikettenZeilen, markenSetzen } from '../../src/lib/diagramme/beschriftung.ts';
import { fondsDiagramm } from '../../src/lib/diagramme/fondsbalken.ts';
import { downloadRahmen } from '../../src/lib/diagramme/rahmen.ts';
import { textBreite, umbrechen } from '../../src/lib/diagramme/text.ts';
import { achsenEnde, KLEIN_MASSE, verlaufDiagramm } from '../../src/lib/diagramme/verlauf.ts';
import { mittelJeJahr } from '../../src/lib/fonds/mittel.ts';
import type { Anzahl, Zeitpunkt } from '../../src/lib/strukturen/zeitverlauf.ts';
import { haushaltZeile } from '../hilfen/zeilen.ts';

const haushalt = haushaltZeile;
const FONDS = mittelJeJahr(
  [
    haushalt(2016, 'geplant', 1_000_000),
    haushalt(2016, 'ist', 92_000),
    haushalt(2022, 'geplant', 2_000_000),
    haushalt(2023, 'ist', 0),
    haushalt(2026, 'beschlossen', undefined),
    haushalt(2027, 'beschlossen', undefined),
  ],
  2016,
  2027,
);

describe('fondsDiagramm', () => {
  const g = fondsDiagramm(FONDS, {
    jahre: [2026, 2027],
    text: 'Doppelhaushalt 2026/27: gekürzt, um wie viel ist unbekannt. Quelle: Grünes Forum (undatiert).',
  });

  it('draws a bar for every known amount and a labelled gap for every unknown one, never a bar for an unknown', () => {
    expect(g.balken.map((b) => [b.jahr, b.art, b.betrag])).toEqual([
      [2016, 'geplant', 1_000_000],
      [2016, 'ist', 92_000],
      [2022, 'geplant', 2_000_000],
      [2023, 'ist', 0],
    ]);
    expect(g.balken.length + g.luecken.length).toBe(12 * 3);
    expect(g.luecken.every((l) => l.text.includes('unbekannt'))).toBe(true);
    const gekuerzt = g.luecken.filter((l) => l.mitQuelle).map((l) => [l.jahr, l.art, l.text]);
    expect(gekuerzt).toEqual([
      [2026, 'beschlossen', 'Betrag unbekannt'],
      [2027, 'beschlossen', 'Betrag unbekannt'],
    ]);
    expect(g.luecken.find((l) => l.jahr === 2017 && l.art === 'ist')).toMatchObject({
      mitQuelle: false,
      text: 'unbekannt',
    });
  });

  it('keeps a known 0 € as a value, labelled, unlike an unknown amount', () => {
    const nullEuro = g.balken.find((b) => b.jahr === 2023)!;
    expect(nullEuro.breite).toBe(0);
    expect(nullEuro.text).toBe('0\u00a0€');
  });

  it('scales bars linearly from one baseline, with German tick labels', () => {
    const eine = g.balken.find((b) => b.betrag === 1_000_000)!;
    const zwei = g.balken.find((b) => b.betrag === 2_000_000)!;
    expect(zwei.x).toBe(eine.x);
    expect(zwei.breite).toBeCloseTo(2 * eine.breite, 0);
    expect(g.ticks.map((t) => t.text)).toEqual([
      '0\u00a0€',
      '0,5\u00a0Mio.\u00a0€',
      '1\u00a0Mio.\u00a0€',
      '1,5\u00a0Mio.\u00a0€',
      '2\u00a0Mio.\u00a0€',
    ]);
    expect(g.ticks[0]!.x).toBe(eine.x);
    expect(zwei.textX).toBeGreaterThan(zwei.x + zwei.breite);
    expect(zwei.textX + textBreite(zwei.text, 12)).toBeLessThanOrEqual(g.breite);
  });

  it('gives every row its own place, years in order', () => {
    const zeilen = [...g.balken, ...g.luecken].map((e) => [e.jahr, e.y] as const).sort((a, b) => a[1] - b[1]);
    expect(new Set(zeilen.map(([, y]) => y)).size).toBe(36);
    expect(zeilen.map(([j]) => j)).toEqual([...zeilen.map(([j]) => j)].sort());
    expect(Math.max(...zeilen.map(([, y]) => y))).toBeLessThan(g.hoehe);
  });

  it('highlights exactly the 2026/27 rows and prints the note inside the highlight', () => {
    const h = g.hervorhebung!;
    const ys = (jahr: number) => [...g.balken, ...g.luecken].filter((e) => e.jahr === jahr).map((e) => e.y);
    for (const y of [...ys(2026), ...ys(2027)]) expect(y).toBeGreaterThan(h.y);
    for (const y of ys(2025)) expect(y).toBeLessThan(h.y);
    expect(h.zeilen.map((z) => z.text).join(' ')).toBe(
      'Doppelhaushalt 2026/27: gekürzt, um wie viel ist unbekannt. Quelle: Grünes Forum (undatiert).',
    );
    for (const z of h.zeilen) {
      expect(z.y).toBeLessThan(h.y + h.hoehe);
      expect(z.y).toBeGreaterThan(Math.max(...ys(2027)));
    }
    expect(fondsDiagramm(FONDS).hervorhebung).toBeUndefined();
  });
});

const anzahl = (beirat: number, geplant = 0): Anzahl => ({
  beirat: { vorhanden: beirat, geplant, nein: 0 },
  beauftragte: { vorhanden: 0, geplant: 0, nein: 0 },
  konzept: { vorhanden: 1, geplant: 0, nein: 0 },
});
const STUFEN: Zeitpunkt[] = [
  { tag: '2015-01-01', anzahl: anzahl(1) },
  { tag: '2023-01-31', anzahl: anzahl(2, 1) },
  { tag: '2026-11-21', anzahl: anzahl(2, 1) },
];
const EREIGNISSE = [
  { tag: '2024-06-09', text: 'Kommunalwahl' },
  { tag: '2024-04-02', text: 'InTG in Kraft' },
  { tag: '2026-09-20', text: 'Landtagswahl' },
  { tag: '2010-01-01', text: 'außerhalb' },
];

describe('verlaufDiagramm', () => {
  const g = verlaufDiagramm(STUFEN, { von: '2015-01-01', bis: '2027-01-01', yMax: 4, ereignisse: EREIGNISSE });
  const xVon = (tag: string) => {
    const t = (Date.parse(tag) - Date.parse('2015-01-01')) / (Date.parse('2027-01-01') - Date.parse('2015-01-01'));
    return g.plot.x0 + t * (g.plot.x1 - g.plot.x0);
  };

  it('has one row per Merkmal, one under the other, sharing the time axis', () => {
    expect(g.reihen.map((r) => r.merkmal)).toEqual(['beirat', 'beauftragte', 'konzept']);
    for (const [i, r] of g.reihen.entries()) {
      expect(r.basisY - r.obenY).toBe(64);
      if (i > 0) expect(r.titel.y).toBeGreaterThan(g.reihen[i - 1]!.basisY);
    }
    expect(g.achse.y).toBeGreaterThan(g.reihen.at(-1)!.basisY);
    expect(g.achse.ticks.map((t) => t.text)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
  });

  it('draws steps that rise on the day of the change, from the start to today', () => {
    const beirat = g.reihen[0]!;
    const einsY = beirat.basisY - 64 / 4;
    const zweiY = beirat.basisY - 64 / 2;
    const schritt = xVon('2023-01-31');
    const punkte = [...beirat.linie.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const ecken = punkte.filter((p, i) => i === 0 || p[0] !== punkte[i - 1]![0] || p[1] !== punkte[i - 1]![1]);
    expect(ecken).toEqual([
      [g.plot.x0, einsY],
      [Math.round(schritt * 10) / 10, einsY],
      [Math.round(schritt * 10) / 10, zweiY],
      [Math.round(xVon('2026-11-21') * 10) / 10, zweiY],
    ]);
    expect(beirat.flaeche.startsWith(`M${g.plot.x0},${einsY}`)).toBe(true);
    expect(beirat.endwerte.map((e) => [e.art, e.text])).toEqual([
      ['vorhanden', '2'],
      ['geplant', '1'],
    ]);
    expect(g.reihen[1]!.endwerte.map((e) => e.art)).toEqual(['vorhanden']);
  });

  it('marks the days inside the axis at their date, labels apart from each other', () => {
    expect(g.ereignisse.map((e) => e.tag)).toEqual(['2024-04-02', '2024-06-09', '2026-09-20']);
    for (const e of g.ereignisse) {
      expect(e.x).toBeCloseTo(xVon(e.tag), 0);
      expect(e.y2).toBe(g.achse.y);
      const von = e.anker === 'start' ? e.textX : e.textX - textBreite(e.text, 11);
      expect(von).toBeGreaterThanOrEqual(0);
      expect(von + textBreite(e.text, 11)).toBeLessThanOrEqual(g.breite);
    }
    const [intg, kw] = g.ereignisse;
    if (intg!.textY === kw!.textY) expect(intg!.anker === 'end' && kw!.anker === 'start').toBe(true);
  });

  it('gives small multiples of equal yMax the same scale', () => {
    const klein = (stufen: Zeitpunkt[]) =>
      verlaufDiagramm(stufen, { von: '2015-01-01', bis: '2027-01-01', yMax: 3, ereignisse: [], masse: KLEIN_MASSE });
    const a = klein(STUFEN);
    const b = klein([
      { tag: '2015-01-01', anzahl: anzahl(0) },
      { tag: '2026-11-21', anzahl: anzahl(0) },
    ]);
    expect(a.reihen.map((r) => [r.obenY, r.basisY])).toEqual(b.reihen.map((r) => [r.obenY, r.basisY]));
    expect(a.breite).toBe(400);
  });

  it('ends the axis after the year of the latest day', () => {
    expect(achsenEnde(['2026-11-21', '2024-04-02', '2026-09-20'])).toBe('2027-01-01');
    expect(achsenEnde(['2027-01-05'])).toBe('2028-01-01');
  });
});

describe('label placement', () => {
  it('stacks overlapping labels into rows and keeps separate ones in the first', () => {
    expect(
      etikettenZeilen(
        [
          { von: 0, bis: 50 },
          { von: 40, bis: 90 },
          { von: 100, bis: 150 },
          { von: 45, bis: 98 },
          { von: 56, bis: 95 },
        ],
        4,
      ),
    ).toEqual([0, 1, 0, 2, 0]);
  });

  it('puts labels left of their line where that saves a row, and never past the edge', () => {
    const p = markenSetzen(
      [
        { x: 500, breite: 70 },
        { x: 510, breite: 70 },
      ],
      0,
      720,
      3,
    );
    expect(p).toEqual([
      { anker: 'end', zeile: 0 },
      { anker: 'start', zeile: 0 },
    ]);
    expect(markenSetzen([{ x: 700, breite: 70 }], 0, 720, 3)).toEqual([{ anker: 'end', zeile: 0 }]);
    expect(markenSetzen([{ x: 100, breite: 70 }], 0, 720, 3)).toEqual([{ anker: 'start', zeile: 0 }]);
  });

  it('moves end labels of equal values apart, and leaves distant ones alone', () => {
    const [a, b] = entzerren([50, 50], 12);
    expect(Math.abs(b! - a!)).toBeGreaterThanOrEqual(12);
    expect((a! + b!) / 2).toBe(50);
    expect(entzerren([10, 80], 12)).toEqual([10, 80]);
    const drei = entzerren([30, 31, 32], 10);
    expect(drei[1]! - drei[0]!).toBeGreaterThanOrEqual(10);
    expect(drei[2]! - drei[1]!).toBeGreaterThanOrEqual(10);
  });

  it('wraps text at spaces without losing a word', () => {
    const text = 'Doppelhaushalt 2026/27: Der Fonds wurde laut Quelle massiv gekürzt, um wie viel, ist unbekannt.';
    const zeilen = umbrechen(text, 200, 12);
    expect(zeilen.length).toBeGreaterThan(1);
    expect(zeilen.join(' ')).toBe(text);
    for (const z of zeilen) expect(textBreite(z, 12)).toBeLessThanOrEqual(200);
  });
});

describe('downloadRahmen', () => {
  it('puts the title above and the footer below the chart, inside the page', () => {
    const r = downloadRahmen(
      { breite: 400, hoehe: 200 },
      'Landkreis Vorpommern-Greifswald: Gebiete mit Beirat, Beauftragter und Konzept',
      ['Quelle: Integrationsatlas MV', 'Ausgewertet bis 21.11.2026.'],
    );
    expect(r.breite).toBe(400 + 2 * r.rand);
    expect(r.titel.length).toBeGreaterThan(1);
    expect(r.inhaltY).toBeGreaterThan(r.titel.at(-1)!.y);
    expect(r.fuss[0]!.y).toBeGreaterThan(r.inhaltY + 200);
    expect(r.hoehe).toBeGreaterThan(r.fuss.at(-1)!.y);
  });
});
