import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter, line } from 'd3-shape';
import { MERKMALE, type Merkmal } from '../strukturen/merkmale.ts';
import { STRUKTURTYPEN, label } from '../schema/vokabular.ts';
import type { Zeitpunkt } from '../strukturen/zeitverlauf.ts';
import { entzerren, markenSetzen } from './beschriftung.ts';
import { r1, textBreite } from './text.ts';

/**
 * One row per Merkmal, one above the other on a shared time axis, so the three counts never
 * draw over each other and need no colour to tell apart. In each row a filled step area counts
 * the Gebiete that have the structure, a dashed step line those where it is decided or planned.
 * Days such as the InTG coming into force are vertical lines through all rows.
 */
export interface VerlaufMasse {
  breite: number;
  /** Room left of the plot for the row's scale. */
  links: number;
  /** Room right of the plot for the end values. */
  rechts: number;
  reiheHoehe: number;
  reihenAbstand: number;
  schrift: number;
}

export const VERLAUF_MASSE: VerlaufMasse = {
  breite: 720,
  links: 28,
  rechts: 34,
  reiheHoehe: 64,
  reihenAbstand: 16,
  schrift: 12,
};
/** Small multiples: the same chart per Kreis, narrower and flatter. */
export const KLEIN_MASSE: VerlaufMasse = {
  breite: 400,
  links: 24,
  rechts: 30,
  reiheHoehe: 34,
  reihenAbstand: 12,
  schrift: 11,
};

export interface VerlaufEreignis {
  /** JJJJ-MM-TT */
  tag: string;
  text: string;
}

export interface VerlaufOptionen {
  /** First and last day of the time axis, JJJJ-MM-TT. */
  von: string;
  bis: string;
  /** Top of every row's scale; the same for all small multiples, so they compare. */
  yMax: number;
  ereignisse: readonly VerlaufEreignis[];
  masse?: VerlaufMasse;
}

export interface VerlaufReihe {
  merkmal: Merkmal;
  titel: { text: string; y: number };
  obenY: number;
  basisY: number;
  flaeche: string;
  linie: string;
  geplant: string;
  skala: { text: string; y: number }[];
  endwerte: { art: 'vorhanden' | 'geplant'; text: string; x: number; y: number }[];
}

export interface VerlaufGeometrie {
  breite: number;
  hoehe: number;
  plot: { x0: number; x1: number };
  legende: { y: number; vorhanden: { x: number; textX: number }; geplant: { x: number; textX: number } };
  reihen: VerlaufReihe[];
  achse: { y: number; ticks: { x: number; text: string }[] };
  ereignisse: {
    tag: string;
    text: string;
    x: number;
    y1: number;
    y2: number;
    textX: number;
    textY: number;
    anker: 'start' | 'end';
  }[];
}

const ETIKETT_ZEILE = 14;

interface Punkt {
  x: number;
  vorhanden: number;
  geplant: number;
}

/** A count holds until the next change: steps, not slopes, which would invent values in between. */
const stufen = (punkte: readonly Punkt[], y: (p: Punkt) => number) =>
  line<Punkt>()
    .x((p) => p.x)
    .y(y)
    .curve(curveStepAfter)
    .digits(1)(punkte) ?? '';
const tagAlsDatum = (tag: string) => new Date(`${tag}T00:00:00Z`);

/** Where the x axis puts a day, and the plot's left and right end. */
interface Zeitachse {
  x0: number;
  x1: number;
  skala: ReturnType<typeof scaleUtc<number>>;
  von: (tag: string) => number;
}

function zeitachse(optionen: VerlaufOptionen, m: VerlaufMasse): Zeitachse {
  const x0 = m.links;
  const x1 = m.breite - m.rechts;
  const skala = scaleUtc()
    .domain([tagAlsDatum(optionen.von), tagAlsDatum(optionen.bis)])
    .range([x0, x1]);
  return { x0, x1, skala, von: (tag: string) => r1(skala(tagAlsDatum(tag))) };
}

/** The labelled ends of a row: the last count present and, if not 0, the last count planned. */
function endwerte(letzter: Zeitpunkt | undefined, merkmal: Merkmal, punkt: Punkt | undefined, schrift: number) {
  if (!letzter || !punkt) return [];
  const { vorhanden, geplant } = letzter.anzahl[merkmal];
  // A planned count of 0 would only repeat the baseline, so it gets no label.
  const werte = [
    { art: 'vorhanden' as const, wert: vorhanden, y: punkt.vorhanden },
    ...(geplant > 0 ? [{ art: 'geplant' as const, wert: geplant, y: punkt.geplant }] : []),
  ];
  const ys = entzerren(
    werte.map((w) => w.y),
    schrift,
  );
  return werte.map((w, i) => ({ art: w.art, text: String(w.wert), x: r1(punkt.x + 4), y: r1((ys[i] ?? w.y) + 4) }));
}

/** One Merkmal's row, from `obenY` down: title, filled area, dashed line, scale and end values. */
function reihe(
  merkmal: Merkmal,
  titelY: number,
  zeitpunkte: readonly Zeitpunkt[],
  achse: Zeitachse,
  optionen: VerlaufOptionen,
  m: VerlaufMasse,
): VerlaufReihe {
  const obenY = titelY + 6;
  const basisY = obenY + m.reiheHoehe;
  const oben = Math.max(1, optionen.yMax);
  const wert = scaleLinear().domain([0, oben]).range([basisY, obenY]);
  const punkte: Punkt[] = zeitpunkte.map((p) => ({
    x: achse.von(p.tag),
    vorhanden: wert(p.anzahl[merkmal].vorhanden),
    geplant: wert(p.anzahl[merkmal].geplant),
  }));
  return {
    merkmal,
    titel: { text: label(STRUKTURTYPEN, merkmal), y: titelY },
    obenY,
    basisY,
    flaeche:
      area<Punkt>()
        .x((p) => p.x)
        .y0(basisY)
        .y1((p) => p.vorhanden)
        .curve(curveStepAfter)
        .digits(1)(punkte) ?? '',
    linie: stufen(punkte, (p) => p.vorhanden),
    geplant: stufen(punkte, (p) => p.geplant),
    skala: [
      { text: '0', y: basisY },
      { text: String(oben), y: obenY },
    ],
    endwerte: endwerte(zeitpunkte.at(-1), merkmal, punkte.at(-1), m.schrift),
  };
}

export function verlaufDiagramm(zeitpunkte: readonly Zeitpunkt[], optionen: VerlaufOptionen): VerlaufGeometrie {
  const m = optionen.masse ?? VERLAUF_MASSE;
  const achse = zeitachse(optionen, m);
  const { x0, x1 } = achse;
  const legendeY = m.schrift;
  const sichtbar = optionen.ereignisse
    .filter((e) => e.tag >= optionen.von && e.tag <= optionen.bis)
    .sort((a, b) => a.tag.localeCompare(b.tag));
  const platz = markenSetzen(
    sichtbar.map((e) => ({ x: achse.von(e.tag), breite: textBreite(e.text, m.schrift - 1) + 3 })),
    0,
    m.breite,
    3,
  );
  const etikettenOben = legendeY + 10;
  const anzahlZeilen = Math.max(0, ...platz.map((p) => p.zeile + 1));
  const ersteReihe = etikettenOben + anzahlZeilen * ETIKETT_ZEILE + 6;
  const reihenSchritt = m.schrift + 6 + m.reiheHoehe + m.reihenAbstand;
  const reihen = MERKMALE.map((merkmal, i) =>
    reihe(merkmal, ersteReihe + i * reihenSchritt + m.schrift, zeitpunkte, achse, optionen, m),
  );
  const achseY = ersteReihe + MERKMALE.length * reihenSchritt - m.reihenAbstand + 4;
  const ticks = achse.skala
    .ticks(Math.max(2, Math.floor((x1 - x0) / 52)))
    .map((d) => ({ x: r1(achse.skala(d)), text: String(d.getUTCFullYear()) }));
  return {
    breite: m.breite,
    hoehe: achseY + m.schrift + 8,
    plot: { x0, x1 },
    legende: { y: legendeY, vorhanden: { x: x0, textX: x0 + 18 }, geplant: { x: x0 + 110, textX: x0 + 128 } },
    reihen,
    achse: { y: achseY, ticks },
    ereignisse: sichtbar.map((e, i) => {
      const { anker, zeile } = platz[i] ?? { anker: 'start' as const, zeile: 0 };
      const xe = achse.von(e.tag);
      const textY = etikettenOben + zeile * ETIKETT_ZEILE + m.schrift - 2;
      return {
        tag: e.tag,
        text: e.text,
        x: xe,
        y1: textY + 3,
        y2: achseY,
        textX: anker === 'start' ? xe + 3 : xe - 3,
        textY,
        anker,
      };
    }),
  };
}

/** The time axis ends with the year in which the latest of the given days falls, so today and every marked day fit. */
export function achsenEnde(tage: readonly string[]): string {
  const letztes = [...tage].sort().at(-1)!;
  return `${Number(letztes.slice(0, 4)) + 1}-01-01`;
}
