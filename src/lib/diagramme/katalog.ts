import { csvText } from '../csv/schreiben.ts';
import { datumDeutsch, euroKompakt } from '../darstellung/format.ts';
import type { FondsJahr } from '../fonds/mittel.ts';
import { MITTEL_SPALTEN, mittelTabelle } from '../fonds/mittel.ts';
import { anzeigeName } from '../gebiete/namen.ts';
import { PROJEKT } from '../projekt.ts';
import type { EreignisZeile } from '../schema/ereignisse.ts';
import { FONDSARTEN, label, STRUKTURTYPEN } from '../schema/vokabular.ts';
import { GEZEICHNET, STUFEN_SPALTEN, stufenTabelle, type Entwicklung, type Reihe } from '../strukturen/entwicklung.ts';
import { MERKMALE } from '../strukturen/merkmale.ts';
import { fondsDiagramm, type FondsGeometrie } from './fondsbalken.ts';
import { KLEIN_MASSE, verlaufDiagramm, type VerlaufGeometrie } from './verlauf.ts';

/**
 * Every chart of the site: the page shows it and /diagramme/ offers the same chart as SVG, PNG and
 * CSV. Page and download are rendered from the same entry, so they cannot differ in their numbers.
 */
interface Gemeinsam {
  /** File name without extension, also the SVG's id prefix. */
  name: string;
  titel: string;
  /** What the chart shows, in words: the SVG's <desc>. */
  beschreibung: string;
  fusszeilen: string[];
  csv: string;
  /** Width of the PNG in pixels: twice the SVG's, for sharp print. */
  pngBreite: number;
}
/** What every chart component takes besides its geometry. */
export interface DiagrammKopf {
  id: string;
  titel: string;
  beschreibung: string;
  /** Set for the download file: title and footer around the chart. */
  download?: { titel: string; fusszeilen: readonly string[] } | undefined;
}

export type Diagramm = Gemeinsam &
  ({ art: 'fonds'; geometrie: FondsGeometrie } | { art: 'verlauf'; geometrie: VerlaufGeometrie });

/** Years the fund chart covers: from the fund's start to the end of the current double budget. */
export const FONDS_JAHRE = { von: 2016, bis: 2027 } as const;
/** The double budget whose cut the chart marks. */
const KUERZUNG: readonly number[] = [2026, 2027];

/** What the charts are drawn from, derived once per build (laden/diagramme.ts). */
export interface Modelle {
  heute: string;
  fonds: FondsJahr[];
  entwicklung: Entwicklung;
  ereignisse: EreignisZeile[];
  achse: { von: string; bis: string };
}

/** The absolute address of a page of the site, for the footer of a downloaded file. */
export type SeitenUrl = (pfad: string) => string;

/** All charts: the fund, the development of the Land, and one small chart per Kreis. */
export function diagrammKatalog(m: Modelle, seitenUrl: SeitenUrl): Diagramm[] {
  const titel = 'Gebiete mit Beirat, Beauftragter und Integrationskonzept';
  return [
    fondsEintrag(m, seitenUrl),
    verlaufEintrag(m, seitenUrl, { name: 'entwicklung', titel, reihe: m.entwicklung.gesamt }),
    ...m.entwicklung.kreise.map(({ kreis, reihe }) =>
      verlaufEintrag(m, seitenUrl, {
        name: `entwicklung-${kreis.schluessel}`,
        titel: `${anzeigeName(kreis)}: Gebiete mit Beirat, Beauftragter und Konzept`,
        reihe,
        klein: true,
      }),
    ),
  ];
}

/** The marked cut of the double budget, only when a source for it exists. */
function kuerzung(m: Modelle): { jahre: readonly number[]; text: string } | undefined {
  const gekuerzt = m.fonds
    .filter((j) => KUERZUNG.includes(j.jahr))
    .flatMap((j) => j.werte.filter((w) => w.art === 'beschlossen'));
  const quelle = gekuerzt.find((w) => w.zeile)?.zeile?.daten;
  if (!quelle) return undefined;
  const wieviel = gekuerzt.every((w) => w.betrag === undefined) ? ' – um wie viel, ist unbekannt' : '';
  const stand = quelle.stand === 'unbekannt' ? 'undatiert' : `Stand ${datumDeutsch(quelle.stand)}`;
  return {
    jahre: KUERZUNG,
    text:
      `Doppelhaushalt 2026/27: Der Fonds wurde laut Quelle „massiv gekürzt“${wieviel}. ` +
      `Quelle: ${quelle.quelle_titel} (${stand}).`,
  };
}

function fondsEintrag(m: Modelle, seitenUrl: SeitenUrl): Diagramm {
  const hervorhebung = kuerzung(m);
  const bekannt = m.fonds
    .map((j) => ({
      jahr: j.jahr,
      werte: j.werte
        .filter((w) => w.betrag !== undefined)
        .map((w) => `${label(FONDSARTEN, w.art)} ${euroKompakt(w.betrag)}`),
    }))
    .filter((j) => j.werte.length > 0)
    .map((j) => `${j.jahr}: ${j.werte.join(', ')}`);
  return {
    art: 'fonds',
    name: 'integrationsfonds',
    titel: `Integrationsfonds M-V: Mittel je Jahr ${FONDS_JAHRE.von}–${FONDS_JAHRE.bis}`,
    beschreibung:
      'Liegende Balken je Jahr, getrennt nach geplant (Ansatz), beschlossen und Ist. ' +
      `Bekannte Beträge – ${bekannt.join('; ')}. Alle übrigen Beträge sind unbekannt und als Lücke beschriftet.` +
      (hervorhebung ? ` ${hervorhebung.text}` : ''),
    fusszeilen: [
      `Quelle: ${PROJEKT.name}, ${seitenUrl('integrationsfonds/')} – Daten ${PROJEKT.datenlizenz.name}. ` +
        'Quelle und Stand jeder Zahl: Tabelle auf der Seite und CSV-Download.',
      'geplant (Ansatz): Vereinbarung, Kabinettsplanung oder Haushaltsentwurf; beschlossen: Haushalt des Landtags; ' +
        `Ist: bewilligte Mittel. Ausgewertet bis ${datumDeutsch(m.heute)}.`,
    ],
    csv: csvText(MITTEL_SPALTEN, mittelTabelle(m.fonds)),
    pngBreite: 1600,
    geometrie: fondsDiagramm(m.fonds, hervorhebung),
  };
}

/** The chart's description in words: today's counts, the events on the axis, what is left out. */
function verlaufBeschreibung(m: Modelle, reihe: Reihe): string {
  const letzte = reihe.stufen.at(-1);
  const heuteText = MERKMALE.map(
    (mk) =>
      `${label(STRUKTURTYPEN, mk)}: ${letzte?.anzahl[mk].vorhanden ?? 0} vorhanden, ` +
      `${letzte?.anzahl[mk].geplant ?? 0} beschlossen oder geplant`,
  ).join('; ');
  const undatiert = MERKMALE.reduce((s, mk) => s + GEZEICHNET.reduce((t, k) => t + reihe.undatiert[mk][k], 0), 0);
  const ereignisText = m.ereignisse.map((e) => `${e.ereignis} (${datumDeutsch(e.datum)})`).join(', ');
  return (
    `Drei Reihen übereinander auf einer Zeitachse von ${m.achse.von.slice(0, 4)} bis ${datumDeutsch(m.heute)}: ` +
    'je Merkmal die Zahl der Gebiete mit eigener Struktur (gefüllte Stufen) und mit beschlossener oder geplanter ' +
    `(gestrichelt). Stand ${datumDeutsch(m.heute)} – ${heuteText}. Senkrechte Linien: ${ereignisText}.` +
    (undatiert > 0 ? ` Nicht enthalten: ${undatiert} Angaben mit undatierter Quelle.` : '')
  );
}

function verlaufEintrag(
  m: Modelle,
  seitenUrl: SeitenUrl,
  e: { name: string; titel: string; reihe: Reihe; klein?: boolean },
): Diagramm {
  const klein = e.klein ?? false;
  return {
    art: 'verlauf',
    name: e.name,
    titel: `${e.titel}, ${m.achse.von.slice(0, 4)} bis heute`,
    beschreibung: verlaufBeschreibung(m, e.reihe),
    fusszeilen: [
      `Quelle: ${PROJEKT.name}, ${seitenUrl('entwicklung/')} – Daten ${PROJEKT.datenlizenz.name}. ` +
        'Gezählt sind Kreise, Ämter und Gemeinden mit eigener Struktur laut jüngster datierter Quelle bis zum ' +
        'jeweiligen Tag.',
      'Eine Stufe zeigt, wann eine Quelle etwas belegt, nicht wann es gegründet wurde. ' +
        `Ausgewertet bis ${datumDeutsch(m.heute)}.`,
    ],
    csv: csvText(STUFEN_SPALTEN, stufenTabelle(e.reihe.stufen)),
    pngBreite: klein ? 1000 : 1600,
    geometrie: verlaufDiagramm(e.reihe.stufen, {
      von: m.achse.von,
      bis: m.achse.bis,
      yMax: klein ? m.entwicklung.yMaxKreise : m.entwicklung.yMaxGesamt,
      ereignisse: m.ereignisse.map((x) => ({ tag: x.datum, text: x.ereignis })),
      ...(klein ? { masse: KLEIN_MASSE } : {}),
    }),
  };
}
