// The fuzzer of issue 12 (point 6), shared by tests/unit/fuzz.test.ts (bounded, in npm test) and scripts/bench.ts
// (a longer run). It starts from the real tables in data/, breaks them at random the way careless or hostile
// contributors do, and runs the validator on each result.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { csvZeilen } from '../../src/lib/csv/zeile.ts';
import { ladeDatenbestand } from '../../src/lib/laden/datenbestand.ts';
import { TABELLEN } from '../../src/lib/schema/index.ts';
import { pruefeBezuege, pruefeTabelle } from '../../src/lib/schema/pruefen.ts';
import type { Tabelle } from '../../src/lib/schema/tabelle.ts';

/**
 * How a spreadsheet reads a CSV (RFC 4180 as Excel and LibreOffice apply it): a field in quotes ends at the first
 * single quote and anything after it up to the comma is kept; a quote inside an unquoted field is literal; CR, LF
 * and CRLF all end a row. Independent of papaparse, which the validator uses, so the two can disagree.
 */
export function leseWieTabellenkalkulation(roh: string): string[][] {
  const text = roh.charCodeAt(0) === 0xfeff ? roh.slice(1) : roh;
  const zeilen: string[][] = [];
  let zeile: string[] = [];
  let i = 0;
  while (i < text.length) {
    let feld = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        feld += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    }
    while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') feld += text[i++];
    zeile.push(feld);
    if (text[i] === ',') {
      i++;
      if (i === text.length) zeile.push('');
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    zeilen.push(zeile);
    zeile = [];
  }
  if (zeile.length > 0) zeilen.push(zeile);
  // Blank rows carry nothing; the validator skips them too.
  return zeilen.filter((z) => !(z.length === 1 && z[0]!.trim() === ''));
}

/** One random change; positions are taken modulo the length at the time they apply. */
export type Mutation =
  | { art: 'bit'; stelle: number; bit: number }
  | { art: 'einfuegen'; stelle: number; text: string }
  | { art: 'abschneiden'; stelle: number }
  | { art: 'zelle'; zeile: number; spalte: number; text: string }
  | { art: 'tauschen'; zeile: number; a: number; b: number }
  | { art: 'verdoppeln'; zeile: number; spalte: number }
  | { art: 'weglassen'; zeile: number; spalte: number }
  | { art: 'kodierung'; ziel: 'windows-1252' | 'utf-16le' | 'utf-16be' };

export interface Fall {
  tabelle: number;
  mutationen: Mutation[];
}

const STOERZEICHEN = ['"', '""', ',', ';', '\t', '\n', '\r', '\r\n', '\0', '\u001b', '\u0085', '\u200b', '\u00a0'];
const ANFAENGE = ['=', '+', '-', '@', ' =', '\u00a0@', '=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0"];

const text = fc.oneof(
  fc.constantFrom(...STOERZEICHEN, ...ANFAENGE),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...STOERZEICHEN, 'a', 'ä', 'e\u0301', '1', ' '), maxLength: 8 }),
);
const stelle = fc.nat();

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ art: fc.constant('bit' as const), stelle, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ art: fc.constant('einfuegen' as const), stelle, text }),
  fc.record({ art: fc.constant('abschneiden' as const), stelle }),
  fc.record({ art: fc.constant('zelle' as const), zeile: stelle, spalte: stelle, text }),
  fc.record({ art: fc.constant('tauschen' as const), zeile: stelle, a: stelle, b: stelle }),
  fc.record({ art: fc.constant('verdoppeln' as const), zeile: stelle, spalte: stelle }),
  fc.record({ art: fc.constant('weglassen' as const), zeile: stelle, spalte: stelle }),
  fc.record({ art: fc.constant('kodierung' as const), ziel: fc.constantFrom('windows-1252', 'utf-16le', 'utf-16be') }),
);

export const fall: fc.Arbitrary<Fall> = fc.record({
  tabelle: fc.nat({ max: TABELLEN.length - 1 }),
  mutationen: fc.array(mutation, { minLength: 1, maxLength: 3 }),
});

/** The bytes of a text in a legacy encoding; characters it lacks become "?", as a careless export writes them. */
function kodiere(text: string, ziel: 'windows-1252' | 'utf-16le' | 'utf-16be'): Uint8Array {
  if (ziel === 'windows-1252')
    return Uint8Array.from([...text], (z) => (z.codePointAt(0)! < 0x100 ? z.codePointAt(0)! : 63));
  const einheiten = `\ufeff${text}`;
  const bytes = new Uint8Array(einheiten.length * 2);
  for (let i = 0; i < einheiten.length; i++) {
    const c = einheiten.charCodeAt(i);
    const [hoch, tief] = [c >> 8, c & 0xff];
    bytes.set(ziel === 'utf-16le' ? [tief, hoch] : [hoch, tief], i * 2);
  }
  return bytes;
}

/** Applies the changes: cell changes on the rows as a spreadsheet sees them, then text, then byte changes. */
export function wende(original: Uint8Array, mutationen: readonly Mutation[]): Uint8Array {
  const text = new TextDecoder().decode(original);
  const [kopf = [], ...zeilen] = leseWieTabellenkalkulation(text);
  const zellen = mutationen.filter(
    (m) => m.art === 'zelle' || m.art === 'tauschen' || m.art === 'verdoppeln' || m.art === 'weglassen',
  );
  let ergebnis = text;
  if (zellen.length > 0 && zeilen.length > 0) {
    for (const m of zellen) {
      const z = zeilen[m.zeile % zeilen.length]!;
      if (m.art === 'zelle') z[m.spalte % z.length] = m.text;
      else if (m.art === 'tauschen') [z[m.a % z.length], z[m.b % z.length]] = [z[m.b % z.length]!, z[m.a % z.length]!];
      else if (m.art === 'verdoppeln') z.splice(m.spalte % z.length, 0, z[m.spalte % z.length]!);
      else z.splice(m.spalte % z.length, 1);
    }
    ergebnis = csvZeilen(kopf, zeilen);
  }
  for (const m of mutationen) {
    if (m.art === 'einfuegen') {
      const i = m.stelle % (ergebnis.length + 1);
      ergebnis = ergebnis.slice(0, i) + m.text + ergebnis.slice(i);
    } else if (m.art === 'abschneiden') ergebnis = ergebnis.slice(0, m.stelle % (ergebnis.length + 1));
  }
  const kodierung = mutationen.find((m) => m.art === 'kodierung');
  let bytes = kodierung ? kodiere(ergebnis, kodierung.ziel) : new TextEncoder().encode(ergebnis);
  for (const m of mutationen) {
    if (m.art === 'bit' && bytes.length > 0) {
      bytes = Uint8Array.from(bytes);
      bytes[m.stelle % bytes.length]! ^= 1 << m.bit;
    }
  }
  return bytes;
}

/** The real tables, the register and every table's validated rows, for the checks across tables. */
export function ausgangslage(daten = 'data') {
  const bestand = ladeDatenbestand(daten);
  return {
    bestand,
    dateien: TABELLEN.map((t) => new Uint8Array(fs.readFileSync(path.join(daten, t.datei)))),
  };
}

export type Ausgangslage = ReturnType<typeof ausgangslage>;

/**
 * The property: the validator either reports at least one located error, each a single safe line, or it passes, and
 * then every cell a spreadsheet reads from the published bytes (the download is the file as it is, see
 * veroeffentlichen/exporte.ts) is what the site shows. Throws with a description of what went wrong.
 */
export function pruefeFall(lage: Ausgangslage, f: Fall, heute: string): 'abgelehnt' | 'angenommen' {
  const tabelle = TABELLEN[f.tabelle]! as Tabelle;
  const bytes = wende(lage.dateien[f.tabelle]!, f.mutationen);
  const r = pruefeTabelle(tabelle, bytes, { register: lage.bestand.register, heute });
  const kontext = {
    register: lage.bestand.register,
    zeilen: (t: Tabelle) => (t === tabelle ? r.zeilen : lage.bestand.zeilen(t)),
  };
  const fehler = r.fehler.length > 0 ? r.fehler : pruefeBezuege(tabelle, r.zeilen, kontext as never);
  if (fehler.length > 0) {
    for (const e of fehler) {
      const zeile = formatiereFehler(e);
      if (!(e.zeile >= 1 && e.spalte >= 1) || e.datei !== `data/${tabelle.datei}`)
        throw new Error(`nicht verortet: ${zeile}`);
      if (/[\r\n]/.test(zeile) || zeile.startsWith('::'))
        throw new Error(`unsichere Ausgabe: ${JSON.stringify(zeile)}`);
    }
    return 'abgelehnt';
  }
  vergleicheMitTabellenkalkulation(tabelle, bytes, r.zeilen);
  return 'angenommen';
}

function vergleicheMitTabellenkalkulation(
  tabelle: Tabelle,
  bytes: Uint8Array,
  zeilen: readonly { zeile: number; daten: Record<string, unknown> }[],
): void {
  const [kopf = [], ...gelesen] = leseWieTabellenkalkulation(new TextDecoder().decode(bytes));
  const spalten = Object.keys(tabelle.schema.shape);
  if (kopf.length !== spalten.length || !spalten.every((s) => kopf.includes(s)))
    throw new Error(`Kopfzeile anders gelesen: ${JSON.stringify(kopf)}`);
  if (gelesen.length !== zeilen.length)
    throw new Error(`${gelesen.length} Zeilen in der Tabellenkalkulation, ${zeilen.length} auf der Website`);
  zeilen.forEach(({ zeile, daten }, i) => {
    for (const [j, name] of kopf.entries()) {
      const zelle = (gelesen[i]![j] ?? '').trim();
      const wert = daten[name];
      const gleich = Array.isArray(wert)
        ? JSON.stringify(wert) === JSON.stringify(zelle === '' ? [] : zelle.split('|').map((t) => t.trim()))
        : wert === undefined
          ? zelle === ''
          : typeof wert === 'number'
            ? Number(zelle) === wert
            : String(wert) === zelle;
      if (!gleich)
        throw new Error(`Zeile ${zeile}, ${name}: Website ${JSON.stringify(wert)}, Datei ${JSON.stringify(zelle)}`);
    }
  });
}

export interface FuzzLauf {
  seed: number;
  faelle: number;
  abgelehnt: number;
  angenommen: number;
  /** What failed, with the seed and the smallest failing case; undefined when nothing did. */
  befund?: string | undefined;
}

/** Runs random cases from one seed until `ms` have passed (or one fails and is shrunk). */
export function fuzze(lage: Ausgangslage, seed: number, ms: number, heute: string): FuzzLauf {
  const zaehler = { angenommen: 0, abgelehnt: 0 };
  const ergebnis = fc.check(
    fc.property(fall, (f) => {
      zaehler[pruefeFall(lage, f, heute)]++;
    }),
    { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: ms, markInterruptAsFailure: false },
  );
  return {
    seed,
    faelle: zaehler.angenommen + zaehler.abgelehnt,
    ...zaehler,
    befund: ergebnis.failed
      ? `FUZZ_SEED=${seed}: ${String(ergebnis.errorInstance)}\n${fc.defaultReportMessage(ergebnis)}`
      : undefined,
  };
}
