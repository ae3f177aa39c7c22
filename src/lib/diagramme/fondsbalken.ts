import { scaleLinear } from 'd3-scale';
import { euroKompakt } from '../darstellung/format.ts';
import { groessterBetrag, type FondsJahr } from '../fonds/mittel.ts';
import { FONDSARTEN, label, type Fondsart } from '../schema/vokabular.ts';
import { r1, umbrechen } from './text.ts';

/**
 * The fund chart lies on its side: one group of three bars per year, top to bottom, so that
 * every bar, every gap and the 2026/27 note have room for a label in plain words. Known amounts
 * are bars; an unknown amount is a labelled gap, never a bar of length 0.
 */
export const FONDS_MASSE = {
  breite: 720,
  jahrX: 8,
  /** Left edge of the Art labels; the year stands left of them. */
  artX: 54,
  /** Where the bars start. */
  plotX: 174,
  /** Room right of the longest bar for its value. */
  rechts: 92,
  oben: 30,
  zeile: 13,
  zeilenAbstand: 3,
  jahresAbstand: 10,
  schrift: 12,
  notizZeile: 16,
} as const;

export interface FondsBalken {
  jahr: number;
  art: Fondsart;
  betrag: number;
  x: number;
  y: number;
  breite: number;
  hoehe: number;
  text: string;
  textX: number;
  textY: number;
}

export interface FondsLuecke {
  jahr: number;
  art: Fondsart;
  /** A source names this year and kind but no amount (as for the 2026/27 budget). */
  mitQuelle: boolean;
  text: string;
  x: number;
  y: number;
  /** Baseline of the label. */
  textY: number;
}

export interface FondsHervorhebung {
  jahre: readonly number[];
  /** The note printed inside the highlight, in plain words with its source. */
  text: string;
}

export interface FondsGeometrie {
  breite: number;
  hoehe: number;
  achseY: number;
  ticks: { x: number; text: string }[];
  gitter: { y1: number; y2: number };
  jahre: { jahr: number; text: string; y: number }[];
  arten: { jahr: number; art: Fondsart; text: string; y: number }[];
  balken: FondsBalken[];
  luecken: FondsLuecke[];
  hervorhebung:
    | { x: number; y: number; breite: number; hoehe: number; zeilen: { text: string; x: number; y: number }[] }
    | undefined;
}

type Skala = ReturnType<typeof scaleLinear<number, number>>;

/** Baseline of a label beside a bar whose top is at y. */
const textY = (y: number) => y + FONDS_MASSE.zeile - 3;

/** One Art of one year at height y: its label, and a bar for a known amount or a labelled gap for an unknown one. */
function marke(jahr: number, wert: FondsJahr['werte'][number], y: number, x: Skala, g: FondsGeometrie): void {
  const m = FONDS_MASSE;
  g.arten.push({ jahr, art: wert.art, text: label(FONDSARTEN, wert.art), y: textY(y) });
  if (wert.betrag === undefined) {
    const mitQuelle = wert.zeile !== undefined;
    const text = mitQuelle ? 'Betrag unbekannt' : 'unbekannt';
    g.luecken.push({ jahr, art: wert.art, mitQuelle, text, x: m.plotX, y, textY: textY(y) });
    return;
  }
  const ende = x(wert.betrag);
  g.balken.push({
    jahr,
    art: wert.art,
    betrag: wert.betrag,
    x: m.plotX,
    y,
    breite: r1(ende - m.plotX),
    hoehe: m.zeile,
    text: euroKompakt(wert.betrag),
    textX: r1(ende + 5),
    textY: textY(y),
  });
}

/** The note below the highlighted years, in a box from `oben` around years and note; returns the y below it. */
function hervorheben(text: string, oben: number, y: number, g: FondsGeometrie): number {
  const m = FONDS_MASSE;
  const zeilen = umbrechen(text, m.breite - 24, m.schrift).map((zeile, i) => ({
    text: zeile,
    x: 12,
    y: y + i * m.notizZeile + m.schrift - 2,
  }));
  const unten = y + zeilen.length * m.notizZeile + m.jahresAbstand;
  g.hervorhebung = { x: 0.5, y: oben, breite: m.breite - 1, hoehe: unten - m.jahresAbstand / 2 - oben, zeilen };
  return unten;
}

export function fondsDiagramm(jahre: readonly FondsJahr[], hervorhebung?: FondsHervorhebung): FondsGeometrie {
  const m = FONDS_MASSE;
  const x = scaleLinear()
    .domain([0, groessterBetrag(jahre) || 1_000_000])
    .range([m.plotX, m.breite - m.rechts])
    .nice(4);
  const geometrie: FondsGeometrie = {
    breite: m.breite,
    hoehe: 0,
    achseY: m.oben - 8,
    ticks: x.ticks(4).map((t) => ({ x: r1(x(t)), text: euroKompakt(t) })),
    gitter: { y1: m.oben - 4, y2: 0 },
    jahre: [],
    arten: [],
    balken: [],
    luecken: [],
    hervorhebung: undefined,
  };
  const markiert = jahre.filter((j) => hervorhebung?.jahre.includes(j.jahr));
  let y: number = m.oben;
  let markierungOben: number | undefined;
  for (const jahr of jahre) {
    if (jahr.jahr === markiert[0]?.jahr) markierungOben = y - m.jahresAbstand / 2;
    geometrie.jahre.push({ jahr: jahr.jahr, text: String(jahr.jahr), y: textY(y) });
    for (const wert of jahr.werte) {
      marke(jahr.jahr, wert, y, x, geometrie);
      y += m.zeile + m.zeilenAbstand;
    }
    y += m.jahresAbstand - m.zeilenAbstand;
    geometrie.gitter.y2 = y - m.jahresAbstand / 2;
    if (hervorhebung && markierungOben !== undefined && jahr.jahr === markiert.at(-1)?.jahr)
      y = hervorheben(hervorhebung.text, markierungOben, y, geometrie);
  }
  geometrie.hoehe = y;
  return geometrie;
}
