import { jsonPfad, seitenPfad } from './adressen.ts';
import { jahressummen, jeEinwohner, type Jahressumme } from '../fonds/bewilligungen.ts';
import { einwohnerVon, GEMEINDEN_ERFASST_AB } from './einwohner.ts';
import { datenSchluessel, eltern, gemeindenVon, type Gebiet, type Gebietsart, type Register } from './register.ts';
import { anzeigeName, artName } from './namen.ts';
import { befund, GELTUNGEN, nachGeltung, richtetSichAn, type Befund, type Geltung } from '../strukturen/geltung.ts';
import { jsonZeile, type JsonZeile } from '../veroeffentlichen/jsonzeile.ts';
import { bewerte, MERKMALE, zaehle, type Kategorie, type Merkmal } from '../strukturen/merkmale.ts';
import { bearbeitenUrl } from '../projekt.ts';
import type { Datenbestand } from '../laden/datenbestand.ts';
import type { GepruefteZeile } from '../schema/pruefen.ts';
import { einwohner, fondsBewilligungen, gebietsaenderungen, intgAussagen, strukturen } from '../schema/index.ts';
import {
  abfrageAnfragen,
  abfrageAntworten,
  abfrageFragen,
  type AnfrageZeile,
  type AntwortZeile,
  type FrageZeile,
} from '../schema/musterabfrage.ts';
import { abfrageStatus, antwortenVon, antwortText, type AbfrageStatus } from '../musterabfrage/auswertung.ts';
import { abfrageEbene } from '../musterabfrage/antwort.ts';
import { alleBeobachtungen } from '../musterabfrage/beobachtungen.ts';
import type { AbfrageEbene, Fragethema } from '../musterabfrage/vokabular.ts';
import type { EinwohnerZeile } from '../schema/einwohner.ts';
import type { FondsBewilligungZeile } from '../schema/fonds.ts';
import type { GebietsaenderungZeile } from '../schema/gebietsaenderungen.ts';
import type { IntgAussageZeile } from '../schema/intg-aussagen.ts';
import type { StrukturZeile } from '../schema/strukturen.ts';
import type { Ebene } from './schluessel.ts';
import { aktuelleBeobachtung, herkunftVon, verlauf, type Herkunft } from '../strukturen/beobachtungen.ts';
import { STRUKTURTYPEN, werte, type Strukturtyp } from '../schema/vokabular.ts';
import { auchZustaendig } from './zustaendigkeit.ts';
import { kurzadresse } from './routen.ts';
import { ABZEICHEN_TYPEN, antwort, type Abzeichen, type Antwort } from './antwort.ts';

/**
 * Everything a Gebiet page shows, as one plain object. The page renders it and /…/<key>.json
 * publishes it unchanged, so page and twin cannot disagree. Field names are part of the public
 * format (docs/gebietsseiten.md); null always means unknown, never "no" and never 0.
 */

/** The rows and register a profile is derived from. */
export interface Grundlagen {
  gebiete: readonly Gebiet[];
  register: Register;
  /** Every observation: data/strukturen.csv and the Verwaltungen' answers (alleBeobachtungen). */
  strukturen: readonly GepruefteZeile<StrukturZeile>[];
  einwohner: readonly GepruefteZeile<EinwohnerZeile>[];
  bewilligungen: readonly GepruefteZeile<FondsBewilligungZeile>[];
  aussagen: readonly GepruefteZeile<IntgAussageZeile>[];
  aenderungen: readonly GepruefteZeile<GebietsaenderungZeile>[];
  abfrageAntworten: readonly GepruefteZeile<AntwortZeile>[];
  abfrageAnfragen: readonly GepruefteZeile<AnfrageZeile>[];
  abfrageFragen: readonly FrageZeile[];
  /** Attribution of the geometry the register comes from. */
  namensnennung: string;
  /** Today, for "Frist verstrichen"; without it no request counts as overdue. */
  heute?: string | undefined;
}

export function grundlagenAus(bestand: Datenbestand, heute?: string): Grundlagen {
  return {
    gebiete: bestand.gebiete,
    register: bestand.register,
    strukturen: alleBeobachtungen(bestand.zeilen(strukturen), bestand.zeilen(abfrageAntworten)),
    einwohner: bestand.zeilen(einwohner),
    bewilligungen: bestand.zeilen(fondsBewilligungen),
    aussagen: bestand.zeilen(intgAussagen),
    aenderungen: bestand.zeilen(gebietsaenderungen),
    abfrageAntworten: bestand.zeilen(abfrageAntworten),
    abfrageAnfragen: bestand.zeilen(abfrageAnfragen),
    abfrageFragen: bestand.zeilen(abfrageFragen).map((z) => z.daten),
    namensnennung: bestand.geo.quelle.namensnennung,
    heute,
  };
}

/** A Gebiet as pages and twins link to it. */
export interface Verweis {
  schluessel: string;
  ebene: Ebene;
  art: Gebietsart;
  name: string;
  bezeichnung: string;
  art_name: string;
  /** The name the whole site uses: "Amt Landhagen", "Landkreis Rostock", "Greifswald". */
  anzeigename: string;
  /** Path of the page that shows it (a twin's Gemeinde page). */
  seite: string;
  json: string;
}

export interface Geltungseintrag extends Befund {
  aussage: JsonZeile<IntgAussageZeile>;
  /** The population the decision used, if one is on file. */
  einwohner: number | null;
}

/** A statement to Gemeinden, seen from an Amt, Kreis or the Land: which of its Gemeinden it concerns. */
export interface GemeindeGeltung {
  aussage: JsonZeile<IntgAussageZeile>;
  anzahl: Record<Geltung, number>;
  /** The Gemeinden it concerns or may concern (gilt, grenzfall), largest first. */
  betroffen: { gebiet: Verweis; geltung: Geltung; einwohner: number | null }[];
}

/**
 * An observation as pages and twins show it. `herkunft` is null for a row of data/strukturen.csv
 * (`zeile` is its line); for a Verwaltung's answer to the Musterabfrage it names that origin, and
 * `zeile` is the line in `herkunft.datei`.
 */
export type BeobachtungJson = JsonZeile<StrukturZeile> & { herkunft: Herkunft | null };

export function beobachtungJson(z: GepruefteZeile<StrukturZeile>): BeobachtungJson {
  return { ...jsonZeile(strukturen, z), herkunft: herkunftVon(z) ?? null };
}

/** One answered question of the Musterabfrage with its current answer, as the page shows it. */
export interface AbfrageEintrag {
  frage: string;
  frage_text: string;
  /** The answer in German format: "6 Sitzungen", "12.500 €". */
  aktuell: JsonZeile<AntwortZeile> & { text: string };
  /** Other answers to the question, newest first. */
  frueher: (JsonZeile<AntwortZeile> & { text: string })[];
}

export interface Abfrageprofil {
  /** The key the answers are kept under (a kreisfreie Stadt's Gemeindeschlüssel for its Kreis). */
  schluessel: string;
  /** The level the Gebiet answers on. */
  ebene: AbfrageEbene;
  status: AbfrageStatus;
  letzte_anfrage: string | null;
  letzte_antwort: string | null;
  /** Deadline of the newest request or reminder that names one. */
  frist: string | null;
  angaben_dritter: number;
  /** Every answer row kept under this Gebiet's key, history included, in file order. */
  antworten: JsonZeile<AntwortZeile>[];
  /** The current answers by topic, in questionnaire order. */
  themen: { thema: Fragethema; eintraege: AbfrageEintrag[] }[];
}

export interface Strukturstand {
  typ: Strukturtyp;
  /** Summary as on the map (beirat, beauftragte, konzept only; null for the other types). */
  kategorie: Kategorie | null;
  /** The newest own observation; null: nothing known (unbekannt). */
  aktuell: BeobachtungJson | null;
  /** Structures of Amt and Kreis that exist and serve this Gebiet too. */
  auch_zustaendig: { gebiet: Verweis; beobachtung: BeobachtungJson }[];
}

export interface Teilgebiet {
  gebiet: Verweis;
  /** The Amt of an amtsangehörige Gemeinde (on Kreis pages). */
  amt: Verweis | null;
  einwohner: number | null;
  merkmale: Record<Merkmal, Kategorie>;
}

export interface Fondsuebersicht {
  /** Approvals to this Gebiet as Erstempfänger. */
  bewilligungen: JsonZeile<FondsBewilligungZeile>[];
  jahre: Jahressumme[];
  /**
   * Kreis, Amt and Land: approvals to the Gebiet and every Amt and Gemeinde in it, per year, and
   * for Kreise and the Land per inhabitant. Null on Gemeinde pages, except a kreisfreie Stadt's.
   */
  im_gebiet: { jahre: (Jahressumme & { je_einwohner_eur: number | null })[] } | null;
}

export interface Gebietsprofil {
  format: 'integrationsatlas-mv/gebiet';
  version: 1;
  gebiet: Verweis;
  /** Amt, Kreis, Land: nearest first; a kreisfreie Stadt's own Kreis is left out. */
  eltern: Verweis[];
  /** Source of name, kind and parents: the register built from VG250 and the list of changes. */
  gebietsstand: { namensnennung: string; aenderungen_bis: string | null };
  /** The answer first: a badge per structure type (map categories) and a summary sentence. */
  antwort: Antwort;
  /** Short address by name ("/gemeinde/greifswald/", with base path) where the name is unambiguous; else null. */
  kurzadresse: string | null;
  einwohner: JsonZeile<EinwohnerZeile> | null;
  /**
   * Gemeinden: the population table holds every Gemeinde from about this size upward, so one
   * without a figure is most likely smaller (reason of grund "nicht-erfasst"). Null elsewhere.
   */
  einwohner_erfasst_ab: number | null;
  was_gilt: Geltungseintrag[];
  /** Amt, Kreis, Land: statements to Gemeinden and which of the Gebiet's Gemeinden they concern. */
  fuer_gemeinden: GemeindeGeltung[];
  strukturen: Strukturstand[];
  /** Every own observation, newest first. */
  verlauf: BeobachtungJson[];
  /** Amt and Kreis: their Gemeinden; Land: the Kreise. Empty for Gemeinden. */
  teilgebiete: Teilgebiet[];
  /** Sources of the population figures shown for other Gebiete (teilgebiete, fuer_gemeinden), each once. */
  einwohner_quellen: { quelle_url: string; quelle_titel: string; stichtag: string }[];
  /** Amt, Kreis, Land: how many of their Gemeinden fall into each category, per Merkmal. */
  zaehlung_gemeinden: { gemeinden: number; merkmale: Record<Merkmal, Record<Kategorie, number>> } | null;
  fonds: Fondsuebersicht;
  /**
   * The kommunale Musterabfrage (same rules as the page's section): status, and every answer row
   * kept under this Gebiet's key, history included. Null for the Land, which is not asked.
   */
  musterabfrage: Abfrageprofil | null;
  /** Edit links for the tables this page is built from. */
  bearbeiten: { datei: string; url: string }[];
}

export function verweis(g: Gebiet, basis = '/'): Verweis {
  return {
    schluessel: g.schluessel,
    ebene: g.ebene,
    art: g.art,
    name: g.name,
    bezeichnung: g.bezeichnung,
    art_name: artName(g),
    anzeigename: anzeigeName(g),
    seite: seitenPfad(g, basis),
    json: jsonPfad(g, basis),
  };
}

/** Gebiete whose approvals count "im Gebiet": the Gebiet and every Amt and Gemeinde within it. */
function imGebiet(gebiete: readonly Gebiet[], g: Gebiet): Set<string> {
  const drin = gebiete.filter(
    (x) =>
      g.ebene === 'land' ||
      x.schluessel === g.schluessel ||
      (g.ebene === 'kreis' ? x.kreis === g.schluessel : x.amt === g.schluessel),
  );
  return new Set(drin.map(datenSchluessel));
}

/** Whether a Gebiet is a Kreis-level body: Landkreis, or a kreisfreie Stadt at either level. */
const aufKreisebene = (g: Gebiet) => g.ebene === 'kreis' || g.art === 'kreisfrei';

/** How many inhabitants a Gebiet has and, for Gemeinden, from which size the table lists them all. */
function lageVon(gr: Grundlagen, x: Gebiet) {
  return {
    einwohner: einwohnerVon(gr.einwohner, x)?.einwohner,
    erfasstAb: x.ebene === 'gemeinde' ? GEMEINDEN_ERFASST_AB : undefined,
  };
}

/** The statements that address the Gebiet itself, with whether and how they apply here. */
function wasGilt(gr: Grundlagen, g: Gebiet): Geltungseintrag[] {
  return nachGeltung(
    gr.aussagen
      .filter((a) => a.daten.adressaten !== undefined && richtetSichAn(a.daten.adressaten, g))
      .map((a): Geltungseintrag => {
        const lage = lageVon(gr, g);
        return { aussage: jsonZeile(intgAussagen, a), ...befund(a.daten, lage), einwohner: lage.einwohner ?? null };
      }),
  );
}

/** Statements to Gemeinden, seen from an Amt, Kreis or the Land: which of its Gemeinden they concern. */
function fuerGemeinden(gr: Grundlagen, gemeinden: readonly Gebiet[], v: (x: Gebiet) => Verweis): GemeindeGeltung[] {
  if (gemeinden.length === 0) return [];
  return gr.aussagen
    .filter((a) => a.daten.adressaten === 'Gemeinden')
    .map((a): GemeindeGeltung => {
      const befunde = gemeinden.map((x) => {
        const lage = lageVon(gr, x);
        return { x, lage, b: befund(a.daten, lage) };
      });
      const anzahl = Object.fromEntries(
        GELTUNGEN.map((k) => [k, befunde.filter(({ b }) => b.geltung === k).length]),
      ) as Record<Geltung, number>;
      const betroffen = befunde
        .filter(({ b }) => b.geltung === 'gilt' || b.geltung === 'grenzfall')
        .map(({ x, lage, b }) => ({ gebiet: v(x), geltung: b.geltung, einwohner: lage.einwohner ?? null }))
        .sort((p, q) => (q.einwohner ?? 0) - (p.einwohner ?? 0));
      return { aussage: jsonZeile(intgAussagen, a), anzahl, betroffen };
    });
}

/** Every structure type: the newest own observation, the map category and who else serves the Gebiet. */
function strukturstand(gr: Grundlagen, g: Gebiet, v: (x: Gebiet) => Verweis): Strukturstand[] {
  const schluessel = datenSchluessel(g);
  return werte(STRUKTURTYPEN).map((typ): Strukturstand => {
    const aktuell = aktuelleBeobachtung(gr.strukturen, schluessel, typ);
    return {
      typ,
      kategorie: (MERKMALE as readonly string[]).includes(typ)
        ? bewerte(gr.strukturen, gr.register, g, typ as Merkmal).kategorie
        : null,
      aktuell: aktuell ? beobachtungJson(aktuell) : null,
      auch_zustaendig: auchZustaendig(gr.strukturen, gr.register, g, typ).map((t) => ({
        gebiet: v(t.gebiet),
        beobachtung: beobachtungJson(t.zeile),
      })),
    };
  });
}

/** One badge per structure type in the map's category; a Netzwerk only where something is known. */
function abzeichenVon(gr: Grundlagen, g: Gebiet, v: (x: Gebiet) => Verweis): Abzeichen[] {
  return ABZEICHEN_TYPEN.flatMap((typ): Abzeichen[] => {
    const b = bewerte(gr.strukturen, gr.register, g, typ);
    if (typ === 'netzwerk' && b.kategorie === 'unbekannt') return [];
    const zeile = b.ueber?.zeile ?? b.eigene;
    return [
      {
        typ,
        kategorie: b.kategorie,
        bezeichnung: zeile?.daten.name ?? null,
        stand: zeile?.daten.stand ?? null,
        quelle_url: zeile?.daten.quelle_url ?? null,
        quelle_titel: zeile?.daten.quelle_titel ?? null,
        herkunft: (zeile && herkunftVon(zeile)?.text) ?? null,
        traeger: b.ueber ? v(b.ueber.gebiet) : null,
      },
    ];
  });
}

/** Amt and Kreis: their Gemeinden; Land: the Kreise; each with its map category per Merkmal. */
function teilgebieteVon(gr: Grundlagen, g: Gebiet, gemeinden: readonly Gebiet[], v: (x: Gebiet) => Verweis) {
  const teile = g.ebene === 'land' ? gr.gebiete.filter((x) => x.ebene === 'kreis') : gemeinden;
  return teile.map(
    (x): Teilgebiet => ({
      gebiet: v(x),
      amt: g.ebene === 'kreis' && x.amt ? v(gr.register.get(x.amt)!) : null,
      einwohner: einwohnerVon(gr.einwohner, x)?.einwohner ?? null,
      merkmale: Object.fromEntries(
        MERKMALE.map((m) => [m, bewerte(gr.strukturen, gr.register, x, m).kategorie]),
      ) as Record<Merkmal, Kategorie>,
    }),
  );
}

function zaehlungVon(gr: Grundlagen, gemeinden: readonly Gebiet[]): Gebietsprofil['zaehlung_gemeinden'] {
  if (gemeinden.length === 0) return null;
  return {
    gemeinden: gemeinden.length,
    merkmale: Object.fromEntries(
      MERKMALE.map((m) => [m, zaehle(gemeinden.map((x) => bewerte(gr.strukturen, gr.register, x, m)))]),
    ) as Record<Merkmal, Record<Kategorie, number>>,
  };
}

/** Approvals to the Gebiet itself, and for Kreis, Amt and Land those to everything within it. */
function fondsVon(gr: Grundlagen, g: Gebiet): Fondsuebersicht {
  const eigene = gr.bewilligungen.filter((z) => z.daten.gebiet === datenSchluessel(g));
  const drin = imGebiet(gr.gebiete, g);
  const im_gebiet =
    g.ebene === 'gemeinde' && !aufKreisebene(g)
      ? null
      : {
          jahre: jahressummen(gr.bewilligungen.filter((z) => drin.has(z.daten.gebiet))).map((j) => ({
            ...j,
            je_einwohner_eur: jeEinwohner(j.summe_eur ?? undefined, einwohnerVon(gr.einwohner, g)?.einwohner) ?? null,
          })),
        };
  return {
    bewilligungen: eigene.map((z) => jsonZeile(fondsBewilligungen, z)),
    jahre: jahressummen(eigene),
    im_gebiet,
  };
}

/** The population sources of every other Gebiet the page shows a figure for, each once. */
function einwohnerQuellen(gr: Grundlagen, gezeigt: readonly string[]): Gebietsprofil['einwohner_quellen'] {
  const quellen = new Map<string, { quelle_url: string; quelle_titel: string; stichtag: string }>();
  for (const s of gezeigt) {
    const z = einwohnerVon(gr.einwohner, gr.register.get(s)!);
    if (z)
      quellen.set(`${z.quelle_url}|${z.stichtag}`, {
        quelle_url: z.quelle_url,
        quelle_titel: z.quelle_titel,
        stichtag: z.stichtag,
      });
  }
  return [...quellen.values()];
}

export function gebietsprofil(gr: Grundlagen, g: Gebiet, basis = '/'): Gebietsprofil {
  const v = (x: Gebiet) => verweis(x, basis);
  const schluessel = datenSchluessel(g);
  const einwohnerzeile = gr.einwohner.find((z) => z.daten === einwohnerVon(gr.einwohner, g));
  const gemeinden = g.ebene === 'gemeinde' ? [] : gemeindenVon(gr.gebiete, g);
  const was_gilt = wasGilt(gr, g);
  const fuer_gemeinden = fuerGemeinden(gr, gemeinden, v);
  const teilgebiete = teilgebieteVon(gr, g, gemeinden, v);
  const kurz = kurzadresse(gr.gebiete, g);
  return {
    format: 'integrationsatlas-mv/gebiet',
    version: 1,
    gebiet: v(g),
    eltern: eltern(gr.register, g)
      .filter((e) => datenSchluessel(e) !== schluessel)
      .map(v),
    gebietsstand: { namensnennung: gr.namensnennung, aenderungen_bis: neuesteAenderung(gr) },
    antwort: antwort(anzeigeName(g), abzeichenVon(gr, g, v), was_gilt),
    kurzadresse: kurz === null ? null : `${basis}${kurz.slice(1)}`,
    einwohner: einwohnerzeile ? jsonZeile(einwohner, einwohnerzeile) : null,
    einwohner_erfasst_ab: g.ebene === 'gemeinde' ? GEMEINDEN_ERFASST_AB : null,
    was_gilt,
    fuer_gemeinden,
    strukturen: strukturstand(gr, g, v),
    verlauf: verlauf(gr.strukturen, schluessel).map(beobachtungJson),
    teilgebiete,
    einwohner_quellen: einwohnerQuellen(gr, [
      ...teilgebiete.map((t) => t.gebiet.schluessel),
      ...fuer_gemeinden.flatMap((f) => f.betroffen.map((b) => b.gebiet.schluessel)),
    ]),
    zaehlung_gemeinden: zaehlungVon(gr, gemeinden),
    fonds: fondsVon(gr, g),
    musterabfrage: abfrageprofil(gr, g),
    bearbeiten: [strukturen, einwohner, fondsBewilligungen, intgAussagen].map((t) => ({
      datei: `data/${t.datei}`,
      url: bearbeitenUrl(`data/${t.datei}`),
    })),
  };
}

/** Date of the newest change of Gebiete on file, or null. */
function neuesteAenderung(gr: Grundlagen): string | null {
  return gr.aenderungen.reduce<string | null>(
    (max, z) => (max === null || z.daten.datum > max ? z.daten.datum : max),
    null,
  );
}

/**
 * The Musterabfrage of one Gebiet, or null when it is not asked (the Land). The level is that of
 * the body under whose key the data is kept, so a kreisfreie Stadt's Kreis asks like the Stadt.
 */
export function abfrageprofil(gr: Grundlagen, g: Gebiet): Abfrageprofil | null {
  const schluessel = datenSchluessel(g);
  const ebene = abfrageEbene(gr.register.get(schluessel) ?? g);
  if (ebene === undefined) return null;
  const abfrage = abfrageStatus(g, gr.abfrageAntworten, gr.abfrageAnfragen, gr.heute);
  const mitText = (f: FrageZeile, z: GepruefteZeile<AntwortZeile>) => ({
    ...jsonZeile(abfrageAntworten, z),
    text: antwortText(f, z.daten.antwort),
  });
  return {
    schluessel,
    ebene,
    status: abfrage.status,
    letzte_anfrage: abfrage.letzteAnfrage ?? null,
    letzte_antwort: abfrage.letzteAntwort ?? null,
    frist: abfrage.frist ?? null,
    angaben_dritter: abfrage.angabenDritter,
    antworten: gr.abfrageAntworten
      .filter((z) => z.daten.gebiet === schluessel)
      .map((z) => jsonZeile(abfrageAntworten, z)),
    themen: antwortenVon(g, gr.abfrageFragen, gr.abfrageAntworten).map(({ thema, eintraege }) => ({
      thema,
      eintraege: eintraege.map((e) => ({
        frage: e.frage.id,
        frage_text: e.frage.frage,
        aktuell: mitText(e.frage, e.aktuell),
        frueher: e.frueher.map((z) => mitText(e.frage, z)),
      })),
    })),
  };
}

/**
 * The twin of an amtsfreie Gemeinde's Amt-level unit or a kreisfreie Stadt's Kreis: the same body
 * as the Gemeinde, so it only points to the Gemeinde's page and twin (gebiet.seite, gebiet.json).
 */
export interface Weiterleitungsprofil {
  format: 'integrationsatlas-mv/weiterleitung';
  version: 1;
  gebiet: Verweis;
}

export function weiterleitungsprofil(g: Gebiet, basis = '/'): Weiterleitungsprofil {
  return { format: 'integrationsatlas-mv/weiterleitung', version: 1, gebiet: verweis(g, basis) };
}

/**
 * The line under a Gebiet's name, on its page and its share card:
 * "amtsfreie Stadt im Landkreis Vorpommern-Greifswald".
 */
export function unterzeile(p: Pick<Gebietsprofil, 'gebiet' | 'eltern'>): string {
  const lage = p.eltern.filter((e) => e.ebene !== 'land').map((e) => e.anzeigename);
  return lage.length > 0 ? `${p.gebiet.art_name} im ${lage.join(', ')}` : p.gebiet.art_name;
}
