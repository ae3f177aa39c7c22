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

export function verlaufDiagramm(zeitpunkte: readonly Zeitpunkt[], optionen: VerlaufOptionen): VerlaufGeometrie {
  const m = optionen.masse ?? VERLAUF_MASSE;
  const x0 = m.links;
  const x1 = m.breite - m.rechts;
  const x = scaleUtc()
    .domain([tagAlsDatum(optionen.von), tagAlsDatum(optionen.bis)])
    .range([x0, x1]);
  const xVon = (tag: string) => r1(x(tagAlsDatum(tag)));

  const legendeY = m.schrift;
  const sichtbar = optionen.ereignisse
    .filter((e) => e.tag >= optionen.von && e.tag <= optionen.bis)
    .sort((a, b) => a.tag.localeCompare(b.tag));
  const platz = markenSetzen(
    sichtbar.map((e) => ({ x: xVon(e.tag), breite: textBreite(e.text, m.schrift - 1) + 3 })),
    0,
    m.breite,
    3,
  );
  const etikettenOben = legendeY + 10;
  const anzahlZeilen = Math.max(0, ...platz.map((p) => p.zeile + 1));
  let y = etikettenOben + anzahlZeilen * ETIKETT_ZEILE + 6;

  const reihen: VerlaufReihe[] = MERKMALE.map((merkmal) => {
    const titelY = y + m.schrift;
    const obenY = titelY + 6;
    const basisY = obenY + m.reiheHoehe;
    y = basisY + m.reihenAbstand;
    const wert = scaleLinear()
      .domain([0, Math.max(1, optionen.yMax)])
      .range([basisY, obenY]);
    const punkte: Punkt[] = zeitpunkte.map((p) => ({
      x: xVon(p.tag),
      vorhanden: wert(p.anzahl[merkmal].vorhanden),
      geplant: wert(p.anzahl[merkmal].geplant),
    }));
    const letzter = zeitpunkte.at(-1);
    const endX = punkte.at(-1)?.x ?? x0;
    const zeigtGeplant = (letzter?.anzahl[merkmal].geplant ?? 0) > 0;
    const endYs = [punkte.at(-1)?.vorhanden ?? basisY, ...(zeigtGeplant ? [punkte.at(-1)!.geplant] : [])];
    const [endVorhanden, endGeplant] = entzerren(endYs, m.schrift);
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
        { text: String(Math.max(1, optionen.yMax)), y: obenY },
      ],
      // A planned count of 0 would only repeat the baseline, so it gets no label.
      endwerte: letzter
        ? [
            {
              art: 'vorhanden' as const,
              text: String(letzter.anzahl[merkmal].vorhanden),
              x: r1(endX + 4),
              y: r1(endVorhanden! + 4),
            },
            ...(zeigtGeplant
              ? [
                  {
                    art: 'geplant' as const,
                    text: String(letzter.anzahl[merkmal].geplant),
                    x: r1(endX + 4),
                    y: r1(endGeplant! + 4),
                  },
                ]
              : []),
          ]
        : [],
    };
  });

  const achseY = y - m.reihenAbstand + 4;
  const plotBreite = x1 - x0;
  const ticks = x
    .ticks(Math.max(2, Math.floor(plotBreite / 52)))
    .map((d) => ({ x: r1(x(d)), text: String(d.getUTCFullYear()) }));
  return {
    breite: m.breite,
    hoehe: achseY + m.schrift + 8,
    plot: { x0, x1 },
    legende: { y: legendeY, vorhanden: { x: x0, textX: x0 + 18 }, geplant: { x: x0 + 110, textX: x0 + 128 } },
    reihen,
    achse: { y: achseY, ticks },
    ereignisse: sichtbar.map((e, i) => {
      const { anker, zeile } = platz[i]!;
      const xe = xVon(e.tag);
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
