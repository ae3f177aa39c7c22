/**
 * The return file of the Musterabfrage ("Rückmeldung"): one row per Gebiet, one column per
 * question. The answer templates, the browser form and `npm run abfrage:import` all use this
 * format and this check, so the form cannot produce a file that the import refuses, and the
 * import reports a problem in the same words the form shows it. No Zod, no Node APIs.
 */
import { BOM, csvZeilen } from '../csv/zeile.ts';
import type { Ebene } from '../gebiete/schluessel.ts';
import {
  fehlt,
  istFormel,
  liegtInZukunft,
  pruefeDatum,
  pruefeSchluesselForm,
  pruefeTextZelle,
  pruefeUrl,
  pruefeVokabular,
  schluesselErwartet,
  TAG,
  URL_ERWARTET,
  type Pruefung,
} from '../schema/werte.ts';
import { LANDESSCHLUESSEL } from '../gebiete/schluessel.ts';
import { INTG } from '../politik/gesetz.ts';
import { giltFuer, giltNichtFuer, pruefeAntwort, type FrageRegel } from './antwort.ts';
import { ANTWORTENDE, type AbfrageEbene, type Antwortende } from './vokabular.ts';

/** The columns before the question columns, in this order. */
export const META_SPALTEN = ['gebiet', 'name', 'stand', 'antwortet', 'quelle_url', 'quelle_titel'] as const;
export type MetaSpalte = (typeof META_SPALTEN)[number];

/** What each column asks for, shown next to the template and the form. */
export const META_BESCHREIBUNG: Record<MetaSpalte, string> = {
  gebiet:
    'Schlüssel des Gebiets: Kreis 5 Ziffern, Amt 9 Ziffern, Gemeinde 8 Ziffern (AGS); kreisfreie Städte mit ihrem ' +
    'Gemeindeschlüssel. In den Vorlagen schon eingetragen.',
  name: 'Name des Gebiets, nur zur Kontrolle. In den Vorlagen schon eingetragen.',
  stand: 'Tag, an dem die Antworten gegeben wurden (JJJJ-MM-TT).',
  antwortet:
    'Verwaltung, wenn die Verwaltung selbst antwortet; Dritte, wenn jemand anderes die Antworten zusammengetragen hat.',
  quelle_url:
    'Wo die Antwort nachzulesen ist, etwa ein veröffentlichtes Schreiben. Darf leer bleiben: Beim Einreichen per ' +
    'Pull Request wird dessen Adresse eingetragen.',
  quelle_titel:
    'Kurz, wer geantwortet hat und wie, z. B. „Stadtverwaltung, Schreiben vom 03.02.2027“. Keine Namen von ' +
    'Personen. Darf leer bleiben.',
};

const ANTWORTEN_EBENEN: readonly Ebene[] = ['kreis', 'amt', 'gemeinde'];

/** The Land answers no Musterabfrage: it is the one asking. Shared with the import's register lookup. */
export const LAND_NICHT_BEFRAGT = {
  ok: false as const,
  meldung: 'das Land wird nicht befragt',
  erwartet: 'einen Kreis, ein Amt oder eine Gemeinde',
};

export interface GebietInfo {
  schluessel: string;
  name: string;
  ebene: AbfrageEbene;
}

/** Looks up a key (already in valid form) among the Gebiete that can answer. */
export type GebietSuche = (schluessel: string) => Pruefung<GebietInfo>;

export interface RueckmeldungsKontext {
  fragen: ReadonlyMap<string, FrageRegel>;
  gebiet: GebietSuche;
  /** JJJJ-MM-TT; a Stand after it is an error. */
  heute: string;
  /** Source for rows that name none (the import's --quelle). */
  quelle?: string | undefined;
  /** Whether a row without any source is an error (import: yes; form: no, the pull request adds it). */
  quellePflicht: boolean;
}

/** A problem in one cell, by column name. */
export interface Problem {
  spalte: string;
  meldung: string;
  gefunden?: string | undefined;
  erwartet?: string | undefined;
}

export interface Rueckmeldung {
  gebiet: GebietInfo;
  stand: string;
  antwortet: Antwortende;
  quelle_url: string | undefined;
  quelle_titel: string | undefined;
  /** In question order, stored form. */
  antworten: { frage: string; antwort: string }[];
}

export type ZeilenErgebnis =
  | { leer: true }
  | { leer: false; probleme: Problem[]; rueckmeldung?: Rueckmeldung | undefined };

const istMeta = (spalte: string): spalte is MetaSpalte => (META_SPALTEN as readonly string[]).includes(spalte);

/**
 * Checks the header of a return file: every column a meta column or a question id, each once;
 * all meta columns present. Question columns may be missing (a shorter, older template).
 * Positions are 1-based columns.
 */
export function pruefeKopf(
  kopf: readonly string[],
  fragen: ReadonlyMap<string, FrageRegel>,
): (Problem & { position: number })[] {
  const probleme: (Problem & { position: number })[] = [];
  kopf.forEach((name, i) => {
    if (!istMeta(name) && !fragen.has(name)) {
      probleme.push({
        position: i + 1,
        spalte: name,
        meldung: 'unbekannte Spalte',
        gefunden: name,
        erwartet: `${META_SPALTEN.join(', ')} oder die id einer Frage (siehe /musterabfrage/)`,
      });
    } else if (kopf.indexOf(name) !== i) {
      probleme.push({
        position: i + 1,
        spalte: name,
        meldung: 'Spalte doppelt',
        gefunden: name,
        erwartet: 'jede Spalte genau einmal',
      });
    }
  });
  for (const name of META_SPALTEN) {
    if (!kopf.includes(name))
      probleme.push({
        position: kopf.length + 1,
        spalte: name,
        meldung: `Spalte „${name}“ fehlt`,
        erwartet: `die Kopfzeile der Vorlage, beginnend mit ${META_SPALTEN.join(',')}`,
      });
  }
  return probleme;
}

/** Letters a shortened name must keep, so that "G" does not pass for Greifswald. */
const NAME_MINDESTENS = 4;

/**
 * The name in the file matches the register's if one contains the other, ignoring case and
 * punctuation ("Hansestadt Greifswald", "Greifswald"); a shortened name needs at least
 * NAME_MINDESTENS letters unless it is the whole name.
 */
export function namePasst(inDatei: string, imRegister: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase('de').replace(/[^\p{L}\p{N}]+/gu, '');
  const a = norm(inDatei);
  const b = norm(imRegister);
  if (a === b) return true;
  const [kurz, lang] = a.length < b.length ? [a, b] : [b, a];
  return kurz.length >= NAME_MINDESTENS && lang.includes(kurz);
}

/** Reads one row's cells and collects its problems; the helpers below share it. */
interface ZeilenLeser {
  /** The raw cell ('' when the column is missing). */
  roh(spalte: string): string;
  zelle(spalte: string): string;
  probleme: Problem[];
  /** The checked value, or undefined with the problem noted. */
  melde<T>(spalte: string, r: Pruefung<T>): T | undefined;
}

function leserFuer(werte: Readonly<Record<string, string>>): ZeilenLeser {
  // Own properties only: a question id such as "constructor" must never reach Object.prototype.
  const roh = (spalte: string): string => (Object.hasOwn(werte, spalte) ? (werte[spalte] ?? '') : '');
  const probleme: Problem[] = [];
  return {
    roh,
    zelle: (spalte) => roh(spalte).trim(),
    probleme,
    melde: (spalte, r) => {
      if (r.ok) return r.wert;
      probleme.push({ spalte, meldung: r.meldung, gefunden: roh(spalte), erwartet: r.erwartet });
      return undefined;
    },
  };
}

/**
 * Checks one row of a return file, given as column name → raw cell. A row without any answer
 * (an untouched line of a template) is `leer` and not checked further.
 */
export function pruefeRueckmeldungsZeile(
  werte: Readonly<Record<string, string>>,
  k: RueckmeldungsKontext,
): ZeilenErgebnis {
  const l = leserFuer(werte);
  const beantwortet = Object.keys(werte).filter((s) => !istMeta(s) && k.fragen.has(s) && l.zelle(s) !== '');
  if (beantwortet.length === 0) return { leer: true };

  const gebiet = pruefeGebietUndName(l, k);
  const stand = pruefeStand(l, k);
  const werteAntwortende = ANTWORTENDE.map((b) => b.wert);
  const antwortetRoh = l.zelle('antwortet');
  const antwortet = l.melde(
    'antwortet',
    antwortetRoh === ''
      ? fehlt(`einen von: ${werteAntwortende.join(', ')}`)
      : pruefeVokabular(antwortetRoh, werteAntwortende),
  );
  const quelleUrl = pruefeQuelle(l, k);
  const antworten = pruefeAntworten(l, k, gebiet, stand);
  const titelRoh = l.roh('quelle_titel');
  const titel = titelRoh.trim() === '' ? undefined : l.melde('quelle_titel', pruefeTextZelle(titelRoh));
  const probleme = l.probleme;
  if (probleme.length > 0 || !gebiet || !stand || !antwortet) return { leer: false, probleme };
  return {
    leer: false,
    probleme,
    rueckmeldung: { gebiet, stand, antwortet, quelle_url: quelleUrl, quelle_titel: titel || undefined, antworten },
  };
}

/** The Gebiet by its key (the Land is not asked), and the name beside it must fit. */
function pruefeGebietUndName(l: ZeilenLeser, k: RueckmeldungsKontext): GebietInfo | undefined {
  const schluessel = l.zelle('gebiet');
  const form = l.melde(
    'gebiet',
    schluessel === ''
      ? fehlt(schluesselErwartet(ANTWORTEN_EBENEN))
      : schluessel === LANDESSCHLUESSEL
        ? LAND_NICHT_BEFRAGT
        : pruefeSchluesselForm(schluessel, ANTWORTEN_EBENEN),
  );
  const gebiet = form === undefined ? undefined : l.melde('gebiet', k.gebiet(form));
  const name = l.zelle('name');
  if (gebiet && name !== '' && !namePasst(name, gebiet.name)) {
    l.probleme.push({
      spalte: 'name',
      meldung: `Name passt nicht zum Schlüssel ${gebiet.schluessel}`,
      gefunden: l.roh('name'),
      erwartet: `${gebiet.name} (oder den Schlüssel prüfen)`,
    });
  }
  return gebiet;
}

/** A day from the law's entry into force up to today. */
function pruefeStand(l: ZeilenLeser, k: RueckmeldungsKontext): string | undefined {
  const standRoh = l.zelle('stand');
  const stand = l.melde(
    'stand',
    standRoh === '' ? fehlt('ein Datum JJJJ-MM-TT') : pruefeDatum(standRoh, TAG, 'ein Datum JJJJ-MM-TT'),
  );
  if (stand === undefined) return undefined;
  const problem =
    stand < INTG.inKraft
      ? { meldung: 'Stand liegt vor dem Inkrafttreten des InTG M-V', erwartet: `ein Datum ab ${INTG.inKraft}` }
      : liegtInZukunft(stand, k.heute)
        ? { meldung: 'Datum liegt in der Zukunft', erwartet: `ein Datum bis ${k.heute}` }
        : undefined;
  if (!problem) return stand;
  l.probleme.push({ spalte: 'stand', gefunden: l.roh('stand'), ...problem });
  return undefined;
}

/** The row's source, else the import's --quelle; without either, an error where a source is required. */
function pruefeQuelle(l: ZeilenLeser, k: RueckmeldungsKontext): string | undefined {
  const urlRoh = l.zelle('quelle_url');
  if (urlRoh !== '') return l.melde('quelle_url', pruefeUrl(urlRoh));
  if (k.quelle !== undefined) return k.quelle;
  if (k.quellePflicht) {
    l.probleme.push({
      spalte: 'quelle_url',
      meldung: 'Quelle fehlt',
      gefunden: '',
      erwartet: `${URL_ERWARTET}: den Pull Request oder die veröffentlichte Antwort (beim Import auch mit --quelle)`,
    });
  }
  return undefined;
}

/** Every answered question: asked of this Gebiet's Ebene, and a valid answer for it. */
function pruefeAntworten(
  l: ZeilenLeser,
  k: RueckmeldungsKontext,
  gebiet: GebietInfo | undefined,
  stand: string | undefined,
): { frage: string; antwort: string }[] {
  const antworten: { frage: string; antwort: string }[] = [];
  for (const [id, frage] of k.fragen) {
    const wert = l.zelle(id);
    if (wert === '') continue;
    if (gebiet && !giltFuer(frage, gebiet.ebene)) {
      l.probleme.push({
        spalte: id,
        meldung: giltNichtFuer(frage, gebiet.ebene),
        gefunden: l.roh(id),
        erwartet: 'ein leeres Feld',
      });
      continue;
    }
    const antwort = l.melde(id, pruefeAntwort(frage, wert, stand));
    if (antwort !== undefined) antworten.push({ frage: id, antwort });
  }
  return antworten;
}

/**
 * A cell as the return file writes it: trimmed, and, should a formula ever get past the check
 * (pruefeTextZelle refuses them), prefixed with an apostrophe, which spreadsheets show as text.
 */
export function neutralisiereZelle(wert: string): string {
  const getrimmt = wert.trim();
  return istFormel(getrimmt) ? `'${getrimmt}` : getrimmt;
}

/**
 * A return file: header with all meta columns and the given question ids, one line per row, with BOM for
 * spreadsheets.
 */
export function rueckmeldungCsv(
  fragenIds: readonly string[],
  zeilen: readonly Readonly<Record<string, string>>[],
): string {
  const kopf = [...META_SPALTEN, ...fragenIds];
  const zelle = (z: Readonly<Record<string, string>>, s: string) =>
    neutralisiereZelle(Object.hasOwn(z, s) ? (z[s] ?? '') : '');
  return (
    BOM +
    csvZeilen(
      kopf,
      zeilen.map((z) => kopf.map((s) => zelle(z, s))),
    )
  );
}
