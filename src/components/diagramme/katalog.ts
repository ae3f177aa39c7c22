import { csvText } from '../../lib/csv/schreiben.ts';
import { fondsDiagramm, type FondsGeometrie } from '../../lib/diagramme/fondsbalken.ts';
import { achsenEnde, KLEIN_MASSE, verlaufDiagramm, type VerlaufGeometrie } from '../../lib/diagramme/verlauf.ts';
import {
  entwicklung,
  GEZEICHNET,
  STUFEN_SPALTEN,
  stufenTabelle,
  ZEITACHSE_AB,
  type Entwicklung,
  type Reihe,
} from '../../lib/strukturen/entwicklung.ts';
import { datumDeutsch, euroKompakt } from '../../lib/darstellung/format.ts';
import { mittelJeJahr, MITTEL_SPALTEN, mittelTabelle, type FondsJahr } from '../../lib/fonds/mittel.ts';
import { anzeigeName } from '../../lib/gebiete/namen.ts';
import { ladeDatenbestand } from '../../lib/laden/datenbestand.ts';
import { heute } from '../../lib/laden/heute.ts';
import { MERKMALE } from '../../lib/strukturen/merkmale.ts';
import { PROJEKT } from '../../lib/projekt.ts';
import { ereignisse, fondsHaushalt } from '../../lib/schema/index.ts';
import { ladeBeobachtungen } from '../../lib/laden/beobachtungen.ts';
import type { EreignisZeile } from '../../lib/schema/ereignisse.ts';
import { FONDSARTEN, label, STRUKTURTYPEN } from '../../lib/schema/vokabular.ts';

/**
 * Every chart of the site, built once per build: the page shows it and /diagramme/ offers the
 * same chart as SVG, PNG and CSV. Page and download are rendered from the same entry, so they
 * cannot differ in their numbers.
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
const KUERZUNG = [2026, 2027] as const;

export interface Modelle {
  heute: string;
  fonds: FondsJahr[];
  entwicklung: Entwicklung;
  ereignisse: EreignisZeile[];
  achse: { von: string; bis: string };
}

let modelle: Modelle | undefined;
let katalog: Diagramm[] | undefined;

export function ladeModelle(): Modelle {
  if (modelle) return modelle;
  const daten = ladeDatenbestand();
  const tag = heute();
  const ereignisZeilen = daten.zeilen(ereignisse).map((z) => z.daten);
  modelle = {
    heute: tag,
    fonds: mittelJeJahr(daten.zeilen(fondsHaushalt), FONDS_JAHRE.von, FONDS_JAHRE.bis),
    entwicklung: entwicklung(ladeBeobachtungen(daten), daten.gebiete, tag),
    ereignisse: ereignisZeilen,
    achse: { von: ZEITACHSE_AB, bis: achsenEnde([tag, ...ereignisZeilen.map((e) => e.datum)]) },
  };
  return modelle;
}

const seitenUrl = (pfad: string) => new URL(`${import.meta.env.BASE_URL}${pfad}`, import.meta.env.SITE).href;

export function diagramme(): Diagramm[] {
  if (katalog) return katalog;
  const m = ladeModelle();
  katalog = [
    fondsEintrag(m),
    verlaufEintrag(
      m,
      'entwicklung',
      'Gebiete mit Beirat, Beauftragter und Integrationskonzept',
      m.entwicklung.gesamt,
      m.entwicklung.yMaxGesamt,
    ),
  ];
  for (const { kreis, reihe } of m.entwicklung.kreise) {
    katalog.push(
      verlaufEintrag(
        m,
        `entwicklung-${kreis.schluessel}`,
        `${anzeigeName(kreis)}: Gebiete mit Beirat, Beauftragter und Konzept`,
        reihe,
        m.entwicklung.yMaxKreise,
        true,
      ),
    );
  }
  return katalog;
}

export function diagramm(name: string): Diagramm {
  const d = diagramme().find((x) => x.name === name);
  if (!d) throw new Error(`Kein Diagramm „${name}“`);
  return d;
}

function fondsEintrag(m: Modelle): Diagramm {
  const gekuerzt = m.fonds
    .filter((j) => (KUERZUNG as readonly number[]).includes(j.jahr))
    .map((j) => j.werte.find((w) => w.art === 'beschlossen')!);
  const quelle = gekuerzt.find((w) => w.zeile)?.zeile?.daten;
  const hervorhebung = quelle && {
    jahre: KUERZUNG,
    text: `Doppelhaushalt 2026/27: Der Fonds wurde laut Quelle „massiv gekürzt“${gekuerzt.every((w) => w.betrag === undefined) ? ' – um wie viel, ist unbekannt' : ''}. Quelle: ${quelle.quelle_titel} (${quelle.stand === 'unbekannt' ? 'undatiert' : `Stand ${datumDeutsch(quelle.stand)}`}).`,
  };
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
    beschreibung: `Liegende Balken je Jahr, getrennt nach geplant (Ansatz), beschlossen und Ist. Bekannte Beträge – ${bekannt.join('; ')}. Alle übrigen Beträge sind unbekannt und als Lücke beschriftet.${hervorhebung ? ` ${hervorhebung.text}` : ''}`,
    fusszeilen: [
      `Quelle: ${PROJEKT.name}, ${seitenUrl('integrationsfonds/')} – Daten ${PROJEKT.datenlizenz.name}. Quelle und Stand jeder Zahl: Tabelle auf der Seite und CSV-Download.`,
      `geplant (Ansatz): Vereinbarung, Kabinettsplanung oder Haushaltsentwurf; beschlossen: Haushalt des Landtags; Ist: bewilligte Mittel. Ausgewertet bis ${datumDeutsch(m.heute)}.`,
    ],
    csv: csvText(MITTEL_SPALTEN, mittelTabelle(m.fonds)),
    pngBreite: 1600,
    geometrie: fondsDiagramm(m.fonds, hervorhebung),
  };
}

function verlaufEintrag(m: Modelle, name: string, titel: string, reihe: Reihe, yMax: number, klein = false): Diagramm {
  const letzte = reihe.stufen.at(-1)!;
  const heuteText = MERKMALE.map(
    (mk) =>
      `${label(STRUKTURTYPEN, mk)}: ${letzte.anzahl[mk].vorhanden} vorhanden, ${letzte.anzahl[mk].geplant} beschlossen oder geplant`,
  ).join('; ');
  const undatiert = MERKMALE.reduce((s, mk) => s + GEZEICHNET.reduce((t, k) => t + reihe.undatiert[mk][k], 0), 0);
  const ereignisText = m.ereignisse.map((e) => `${e.ereignis} (${datumDeutsch(e.datum)})`).join(', ');
  return {
    art: 'verlauf',
    name,
    titel: `${titel}, ${m.achse.von.slice(0, 4)} bis heute`,
    beschreibung: `Drei Reihen übereinander auf einer Zeitachse von ${m.achse.von.slice(0, 4)} bis ${datumDeutsch(m.heute)}: je Merkmal die Zahl der Gebiete mit eigener Struktur (gefüllte Stufen) und mit beschlossener oder geplanter (gestrichelt). Stand ${datumDeutsch(m.heute)} – ${heuteText}. Senkrechte Linien: ${ereignisText}.${undatiert > 0 ? ` Nicht enthalten: ${undatiert} Angaben mit undatierter Quelle.` : ''}`,
    fusszeilen: [
      `Quelle: ${PROJEKT.name}, ${seitenUrl('entwicklung/')} – Daten ${PROJEKT.datenlizenz.name}. Gezählt sind Kreise, Ämter und Gemeinden mit eigener Struktur laut jüngster datierter Quelle bis zum jeweiligen Tag.`,
      `Eine Stufe zeigt, wann eine Quelle etwas belegt, nicht wann es gegründet wurde. Ausgewertet bis ${datumDeutsch(m.heute)}.`,
    ],
    csv: csvText(STUFEN_SPALTEN, stufenTabelle(reihe.stufen)),
    pngBreite: klein ? 1000 : 1600,
    geometrie: verlaufDiagramm(reihe.stufen, {
      von: m.achse.von,
      bis: m.achse.bis,
      yMax,
      ereignisse: m.ereignisse.map((e) => ({ tag: e.datum, text: e.ereignis })),
      ...(klein ? { masse: KLEIN_MASSE } : {}),
    }),
  };
}
