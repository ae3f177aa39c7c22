/**
 * The import of a return file into data/musterabfrage/antworten.csv, as pure functions: read and
 * check the file, turn its rows into answer rows, and merge them with what is stored. The file
 * system part is src/lib/laden/abfrage.ts.
 */
import type { Fehler } from '../csv/fehler.ts';
import { feldzahlFehler, leseCsv } from '../csv/lesen.ts';
import type { Register } from '../gebiete/register.ts';
import { pruefeGebietImRegister, type GepruefteZeile } from '../schema/pruefen.ts';
import { regelVon, type AntwortZeile, type FrageZeile } from '../schema/musterabfrage.ts';
import { abfrageEbene } from './antwort.ts';
import { leseMailBloecke } from './mailblock.ts';
import {
  type GebietSuche,
  LAND_NICHT_BEFRAGT,
  META_SPALTEN,
  pruefeKopf,
  pruefeRueckmeldungsZeile,
  type Rueckmeldung,
} from './rueckmeldung.ts';
import type { Antwortende } from './vokabular.ts';

/** Finds a Gebiet that answers, with the same messages as `npm run check` for keys. */
export function gebietSucheAus(register: Register): GebietSuche {
  return (schluessel) => {
    const problem = pruefeGebietImRegister(register, schluessel);
    if (problem) return { ok: false, ...problem };
    const g = register.get(schluessel)!;
    const ebene = abfrageEbene(g);
    if (!ebene) return LAND_NICHT_BEFRAGT;
    return { ok: true, wert: { schluessel, name: g.name, ebene } };
  };
}

/** The source title when a return file names none. */
export function standardTitel(antwortet: Antwortende): string {
  return antwortet === 'Verwaltung' ? 'Musterabfrage: Antwort der Verwaltung' : 'Musterabfrage: Angaben von Dritten';
}

/** One answer from a return file, with the cell it came from. */
export interface EingeleseneAntwort {
  zeile: number;
  spalte: number;
  daten: AntwortZeile;
}

export interface Einlesung {
  fehler: Fehler[];
  antworten: EingeleseneAntwort[];
  /** Rows of a template that were left without any answer. */
  leereZeilen: number;
}

export interface EinleseKontext {
  fragen: readonly FrageZeile[];
  register: Register;
  heute: string;
  /** Source for rows without quelle_url, e.g. the pull request. */
  quelle?: string | undefined;
}

/**
 * Reads and checks a return file completely. Every problem is located as `<datei>:<zeile>:<spalte>`;
 * when there is any, no answer is returned, so a half-valid file can never be merged.
 */
export function leseRueckmeldung(datei: string, bytes: Uint8Array, k: EinleseKontext): Einlesung {
  const leer: Einlesung = { fehler: [], antworten: [], leereZeilen: 0 };
  const gelesen = leseCsv(datei, bytes);
  if (!gelesen.ok) return { ...leer, fehler: gelesen.fehler };
  const { kopf, zeilen } = gelesen.tabelle;
  const fragen = new Map(k.fragen.map((f) => [f.id, regelVon(f)]));

  const fehler: Fehler[] = pruefeKopf(kopf, fragen).map((p) => ({
    datei,
    zeile: 1,
    spalte: p.position,
    meldung: p.meldung,
    gefunden: p.gefunden,
    erwartet: p.erwartet,
  }));
  if (fehler.length > 0) return { ...leer, fehler };

  const kontext = { fragen, gebiet: gebietSucheAus(k.register), heute: k.heute, quelle: k.quelle, quellePflicht: true };
  const antworten: EingeleseneAntwort[] = [];
  const gesehen = new Map<string, number>();
  let leereZeilen = 0;
  for (const { zeile, felder } of zeilen) {
    const feldzahl = feldzahlFehler(datei, { zeile, felder }, kopf.length);
    if (feldzahl) {
      fehler.push(feldzahl);
      continue;
    }
    const werte: Record<string, string> = Object.create(null);
    kopf.forEach((name, i) => {
      werte[name] = felder[i] ?? '';
    });
    const r = pruefeRueckmeldungsZeile(werte, kontext);
    if (r.leer) {
      leereZeilen++;
      continue;
    }
    const ort = (spalte: string) => ({ datei, zeile, spalte: kopf.indexOf(spalte) + 1 });
    for (const p of r.probleme) fehler.push({ ...p, ...ort(p.spalte) });
    if (!r.rueckmeldung) continue;
    const doppelt = schonGesehen(gesehen, r.rueckmeldung, zeile);
    if (doppelt) fehler.push({ ...ort('gebiet'), ...doppelt });
    else
      for (const a of antwortZeilen(r.rueckmeldung, (frage) => ({ zeile, spalte: ort(frage).spalte })))
        antworten.push(a);
  }
  return abschluss(datei, fehler, antworten, leereZeilen);
}

/** A second row for the same Gebiet, Stand and Antwortende; otherwise the row is noted as seen. */
function schonGesehen(gesehen: Map<string, number>, m: Rueckmeldung, zeile: number) {
  const schluessel = `${m.gebiet.schluessel}|${m.stand}|${m.antwortet}`;
  const erste = gesehen.get(schluessel);
  if (erste === undefined) {
    gesehen.set(schluessel, zeile);
    return undefined;
  }
  return {
    meldung: `Gebiet mit gleichem Stand und gleichen Antwortenden schon in Zeile ${erste}`,
    gefunden: m.gebiet.schluessel,
    erwartet: 'jedes Gebiet einmal je Stand und Antwortende',
  };
}

/** The answer rows of one checked return, each with the place it came from. */
function antwortZeilen(m: Rueckmeldung, ort: (frage: string) => { zeile: number; spalte: number }) {
  return m.antworten.map(
    (a): EingeleseneAntwort => ({
      ...ort(a.frage),
      daten: {
        gebiet: m.gebiet.schluessel,
        frage: a.frage,
        antwort: a.antwort,
        stand: m.stand,
        antwortet: m.antwortet,
        quelle_url: m.quelle_url!,
        quelle_titel: m.quelle_titel ?? standardTitel(m.antwortet),
        anmerkung: undefined,
      },
    }),
  );
}

function abschluss(datei: string, fehler: Fehler[], antworten: EingeleseneAntwort[], leereZeilen: number): Einlesung {
  if (fehler.length > 0) return { fehler, antworten: [], leereZeilen: 0 };
  if (antworten.length === 0) {
    const meldung = 'keine Antworten in der Datei';
    return {
      fehler: [{ datei, zeile: 1, spalte: 1, meldung, erwartet: 'mindestens eine Antwort' }],
      antworten: [],
      leereZeilen,
    };
  }
  return { fehler: [], antworten, leereZeilen };
}

/**
 * Reads a saved mail (.eml or pasted text) with one or more answer blocks from the form. Every
 * problem is located by the mail's line number; a block for the same Gebiet, Stand and
 * Antwortende twice with different answers is an error.
 */
export function leseMail(datei: string, text: string, k: EinleseKontext): Einlesung {
  const fragen = new Map(k.fragen.map((f) => [f.id, regelVon(f)]));
  const spalten = new Set<string>([...META_SPALTEN, ...fragen.keys()]);
  const gelesen = leseMailBloecke(text, spalten);
  const fehler: Fehler[] = gelesen.probleme.map((p) => ({ datei, spalte: 1, ...p }));
  const kontext = { fragen, gebiet: gebietSucheAus(k.register), heute: k.heute, quelle: k.quelle, quellePflicht: true };
  const antworten: EingeleseneAntwort[] = [];
  const gesehen = new Map<string, number>();
  for (const block of gelesen.bloecke) {
    const zeileVon = (spalte: string) => block.werte.get(spalte)?.zeile ?? block.zeile;
    const r = pruefeRueckmeldungsZeile(Object.fromEntries([...block.werte].map(([s, w]) => [s, w.wert])), kontext);
    if (r.leer) continue;
    for (const p of r.probleme)
      fehler.push({
        datei,
        zeile: zeileVon(p.spalte),
        spalte: 1,
        meldung: p.meldung,
        gefunden: p.gefunden,
        erwartet: p.erwartet,
      });
    const m = r.rueckmeldung;
    if (!m) continue;
    const schluessel = `${m.gebiet.schluessel}|${m.stand}|${m.antwortet}`;
    if (gesehen.has(schluessel)) {
      const erster = gesehen.get(schluessel);
      fehler.push({
        datei,
        zeile: block.zeile,
        spalte: 1,
        meldung: `anderer Antwortblock für dasselbe Gebiet und denselben Stand (erster in Zeile ${erster})`,
        gefunden: m.gebiet.schluessel,
        erwartet: 'einen Block je Gebiet und Stand; eine Berichtigung als eigene Mail mit neuem Stand',
      });
      continue;
    }
    gesehen.set(schluessel, block.zeile);
    antworten.push(...antwortZeilen(m, (frage) => ({ zeile: zeileVon(frage), spalte: 1 })));
  }
  return abschluss(datei, fehler, antworten, 0);
}

/**
 * What became of an answer:
 * - neu: first answer of this Gebiet to this question (from these Antwortende);
 * - geaendert / bestaetigt: newer than the stored one, with another or the same answer;
 * - aelter: older than the stored one, kept as history;
 * - korrigiert: same day, other answer, accepted because of --korrektur (the later line wins);
 * - unveraendert: already stored, nothing to do.
 */
export type Aenderung = 'neu' | 'geaendert' | 'bestaetigt' | 'aelter' | 'korrigiert' | 'unveraendert';

export interface Eintrag {
  art: Aenderung;
  antwort: EingeleseneAntwort;
  /** The stored answer it is compared with. */
  vorher?: { zeile: number; daten: AntwortZeile } | undefined;
}

export interface Zusammenfuehrung {
  /** Rows to append to the table, in file order. */
  neueZeilen: AntwortZeile[];
  eintraege: Eintrag[];
  /** Answers that contradict a stored one of the same day; any of them stops the import. */
  konflikte: Fehler[];
}

/**
 * Merges checked answers into the stored ones without ever changing a stored row. Importing the
 * same file twice yields no new rows. An answer that differs from the stored one of the same
 * Gebiet, question, day and Antwortende is a conflict, unless `korrektur` says it corrects it.
 */
export function fuehreZusammen(
  bestand: readonly GepruefteZeile<AntwortZeile>[],
  neu: readonly EingeleseneAntwort[],
  opts: { datei: string; tabelle: string; korrektur?: boolean | undefined },
): Zusammenfuehrung {
  // Stored rows plus the ones accepted so far, indexed by series, each with its (future) line in the table.
  const reihen = new ReihenIndex();
  let letzteZeile = 1;
  for (const z of bestand) {
    reihen.fuegeHinzu(z);
    if (z.zeile > letzteZeile) letzteZeile = z.zeile;
  }
  const ergebnis: Zusammenfuehrung = { neueZeilen: [], eintraege: [], konflikte: [] };

  for (const a of neu) {
    const d = a.daten;
    const reihe = reihen.reihe(d);
    const gleicherTag = reihe?.jeTag.get(d.stand);
    const vorher = gleicherTag ?? reihe?.neueste;
    let art: Aenderung;
    if (gleicherTag) {
      if (gleicherTag.daten.antwort === d.antwort) art = 'unveraendert';
      else if (opts.korrektur) art = 'korrigiert';
      else {
        ergebnis.konflikte.push(konflikt(a, gleicherTag, opts));
        continue;
      }
    } else if (!vorher) art = 'neu';
    else if (d.stand < vorher.daten.stand) art = 'aelter';
    else art = vorher.daten.antwort === d.antwort ? 'bestaetigt' : 'geaendert';
    ergebnis.eintraege.push({ art, antwort: a, vorher });
    if (art !== 'unveraendert') {
      ergebnis.neueZeilen.push(d);
      reihen.fuegeHinzu({ zeile: ++letzteZeile, daten: d });
    }
  }
  return ergebnis;
}

type GespeicherteAntwort = { zeile: number; daten: AntwortZeile };

/**
 * The answers of one Gebiet to one question from one kind of Antwortende: the latest line of each
 * day (a later correction wins) and the newest line overall. Kept in a Map so that a merge takes
 * time linear in the rows, whatever their number.
 */
class ReihenIndex {
  readonly #reihen = new Map<string, { jeTag: Map<string, GespeicherteAntwort>; neueste: GespeicherteAntwort }>();

  static #schluessel(d: AntwortZeile): string {
    return `${d.gebiet}|${d.frage}|${d.antwortet}`;
  }

  reihe(d: AntwortZeile) {
    return this.#reihen.get(ReihenIndex.#schluessel(d));
  }

  fuegeHinzu(z: GespeicherteAntwort): void {
    const schluessel = ReihenIndex.#schluessel(z.daten);
    const reihe = this.#reihen.get(schluessel);
    if (!reihe) {
      this.#reihen.set(schluessel, { jeTag: new Map([[z.daten.stand, z]]), neueste: z });
      return;
    }
    reihe.jeTag.set(z.daten.stand, z);
    if (z.daten.stand >= reihe.neueste.daten.stand) reihe.neueste = z;
  }
}

function konflikt(
  a: EingeleseneAntwort,
  gespeichert: GespeicherteAntwort,
  opts: { datei: string; tabelle: string },
): Fehler {
  return {
    datei: opts.datei,
    zeile: a.zeile,
    spalte: a.spalte,
    meldung: `Antwort widerspricht der gespeicherten vom selben Tag (${opts.tabelle}:${gespeichert.zeile})`,
    gefunden: a.daten.antwort,
    erwartet:
      `„${gespeichert.daten.antwort}“ wie gespeichert; eine geänderte Antwort mit neuem Stand, ` +
      'eine Berichtigung mit --korrektur',
  };
}

const ART_TEXT: Record<Aenderung, string> = {
  neu: 'neu',
  geaendert: 'geändert',
  bestaetigt: 'bestätigt',
  aelter: 'älter als gespeichert (nur Verlauf)',
  korrigiert: 'berichtigt',
  unveraendert: 'unverändert',
};

/** The report of an import, one line per Gebiet and one per changed answer. */
export function bericht(
  z: Zusammenfuehrung,
  register: Register,
  opts: { tabelle: string; leereZeilen: number },
): string[] {
  const zeilen: string[] = [];
  const gruppen = new Map<string, Eintrag[]>();
  for (const e of z.eintraege) {
    const d = e.antwort.daten;
    const schluessel = `${d.gebiet}|${d.stand}|${d.antwortet}`;
    const gruppe = gruppen.get(schluessel);
    if (gruppe) gruppe.push(e);
    else gruppen.set(schluessel, [e]);
  }
  for (const eintraege of gruppen.values()) {
    const d = eintraege[0]!.antwort.daten;
    const anzahl = (Object.keys(ART_TEXT) as Aenderung[])
      .map((art) => [art, eintraege.filter((e) => e.art === art).length] as const)
      .filter(([, n]) => n > 0)
      .map(([art, n]) => `${n} ${ART_TEXT[art]}`);
    zeilen.push(
      `${register.get(d.gebiet)?.name ?? d.gebiet} (${d.gebiet}), Stand ${d.stand}, ${d.antwortet}: ` +
        anzahl.join(', '),
    );
    for (const e of eintraege) {
      if (e.art === 'geaendert' || e.art === 'korrigiert' || e.art === 'aelter') {
        zeilen.push(
          `  ${e.antwort.daten.frage}: ${ART_TEXT[e.art]}, „${e.vorher!.daten.antwort}“ ` +
            `(Stand ${e.vorher!.daten.stand}) → „${e.antwort.daten.antwort}“`,
        );
      }
    }
  }
  if (opts.leereZeilen > 0)
    zeilen.push(`${opts.leereZeilen} ${opts.leereZeilen === 1 ? 'Zeile' : 'Zeilen'} ohne Antworten übersprungen.`);
  zeilen.push(
    z.neueZeilen.length === 0
      ? `Nichts geändert: alle ${z.eintraege.length} Antworten stehen schon in ${opts.tabelle}.`
      : `${opts.tabelle}: ${z.neueZeilen.length} ${z.neueZeilen.length === 1 ? 'Zeile' : 'Zeilen'} ergänzt, ` +
          'keine bestehende Zeile geändert.',
  );
  return zeilen;
}
