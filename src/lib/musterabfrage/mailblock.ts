/**
 * Answers by e-mail: the form writes the answers as a block of `frage: antwort` lines between two
 * fixed markers, with a checksum line, readable by people and by `npm run abfrage:import`. The
 * reader undoes what mail programs do to a text on its way (quoted-printable, "> " quoting,
 * wrapped lines) and reports every problem with the line number in the saved mail. No Node APIs:
 * the browser form uses the writer.
 */

export const ANFANG = '--- Musterabfrage: Antworten ---';
export const ENDE = '--- Ende der Antworten ---';
export const PRUEFSUMME = 'pruefsumme';

/** FNV-1a (32 bit) over the UTF-8 bytes, as 8 hex digits: enough to notice a changed character. */
export function pruefsumme(text: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A line break inside an answer travels as "\n", a backslash as "\\", so each answer stays one line. */
const maskiere = (wert: string) => wert.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n');
const demaskiere = (wert: string) => wert.replace(/\\(\\|n)/g, (_, z: string) => (z === 'n' ? '\n' : '\\'));

/** The block for a mail body: the given columns in order, empty values left out, then the checksum. */
export function mailBlock(werte: readonly (readonly [string, string])[]): string {
  const zeilen = werte.filter(([, w]) => w.trim() !== '').map(([s, w]) => `${s}: ${maskiere(w.trim())}`);
  return [ANFANG, ...zeilen, `${PRUEFSUMME}: ${pruefsumme(zeilen.join('\n'))}`, ENDE].join('\n');
}

export interface MailWert {
  wert: string;
  /** Line in the saved mail (1-based) where the value starts. */
  zeile: number;
}

export interface MailBlock {
  /** Line of the start marker. */
  zeile: number;
  werte: Map<string, MailWert>;
}

export interface MailProblem {
  zeile: number;
  meldung: string;
  gefunden?: string | undefined;
  erwartet?: string | undefined;
}

interface Zeile {
  text: string;
  nr: number;
}

/** Quoted-printable: soft line breaks join lines (the first line's number stays), =XX are bytes in UTF-8. */
function entferneQuotedPrintable(zeilen: readonly Zeile[]): Zeile[] {
  const aus: Zeile[] = [];
  let offen: Zeile | undefined;
  for (const z of zeilen) {
    const teil = offen ? { text: offen.text + z.text, nr: offen.nr } : z;
    if (teil.text.endsWith('=')) {
      offen = { text: teil.text.slice(0, -1), nr: teil.nr };
      continue;
    }
    offen = undefined;
    aus.push(teil);
  }
  if (offen) aus.push(offen);
  return aus.map((z) => ({ nr: z.nr, text: dekodiereQp(z.text) }));
}

function dekodiereQp(text: string): string {
  if (!/=[0-9A-F]{2}/i.test(text)) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(text[i]));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Whether the mail says its text is quoted-printable (a saved .eml), or looks like it. */
function istQuotedPrintable(text: string): boolean {
  return /^content-transfer-encoding:\s*quoted-printable/im.test(text) || /=3D|=C3=[89AB][0-9A-F]/i.test(text);
}

const ohneZitat = (text: string) => text.replace(/^(\s*>\s?)+/, '');
const SCHLUESSEL = /^([a-z0-9]+(?:[-_][a-z0-9]+)*):(?:\s(.*)|$)/;

/**
 * Every block in a mail. A line inside a block that does not begin with a known column and a
 * colon continues the line before (a mail program wrapped it). Two equal blocks (a quoted
 * earlier mail) count once.
 */
export function leseMailBloecke(
  mail: string,
  spalten: ReadonlySet<string>,
): { bloecke: MailBlock[]; probleme: MailProblem[] } {
  let zeilen: Zeile[] = mail.split(/\r?\n/).map((text, i) => ({ text, nr: i + 1 }));
  if (istQuotedPrintable(mail)) zeilen = entferneQuotedPrintable(zeilen);
  zeilen = zeilen.map((z) => ({ nr: z.nr, text: ohneZitat(z.text).trimEnd() }));

  const bloecke: MailBlock[] = [];
  const probleme: MailProblem[] = [];
  let i = 0;
  while (i < zeilen.length) {
    if (zeilen[i]!.text.trim() !== ANFANG) {
      i++;
      continue;
    }
    const ende = zeilen.findIndex((z, j) => j > i && z.text.trim() === ENDE);
    if (ende < 0) {
      probleme.push({
        zeile: zeilen[i]!.nr,
        meldung: 'Ende des Antwortblocks fehlt',
        erwartet: `eine Zeile „${ENDE}“`,
      });
      break;
    }
    const r = leseBlock(zeilen.slice(i + 1, ende), zeilen[i]!.nr, spalten);
    probleme.push(...r.probleme);
    if (r.block && !bloecke.some((b) => gleich(b, r.block!))) bloecke.push(r.block);
    i = ende + 1;
  }
  if (bloecke.length === 0 && probleme.length === 0)
    probleme.push({ zeile: 1, meldung: 'kein Antwortblock in der Mail', erwartet: `eine Zeile „${ANFANG}“` });
  return { bloecke, probleme };
}

const gleich = (a: MailBlock, b: MailBlock) =>
  a.werte.size === b.werte.size && [...a.werte].every(([s, w]) => b.werte.get(s)?.wert === w.wert);

function leseBlock(
  inhalt: readonly Zeile[],
  anfang: number,
  spalten: ReadonlySet<string>,
): { block?: MailBlock; probleme: MailProblem[] } {
  const logisch: { schluessel: string; wert: string; nr: number }[] = [];
  const probleme: MailProblem[] = [];
  for (const z of inhalt) {
    if (z.text.trim() === '') continue;
    const m = SCHLUESSEL.exec(z.text);
    if (m && (spalten.has(m[1]!) || m[1] === PRUEFSUMME))
      logisch.push({ schluessel: m[1]!, wert: m[2] ?? '', nr: z.nr });
    else if (logisch.length > 0) {
      // Wrapped: a mail program broke the line at a space (kept at the end with format=flowed).
      const vorige = logisch.at(-1)!;
      vorige.wert = /\s$/.test(vorige.wert) ? vorige.wert + z.text : `${vorige.wert} ${z.text.trimStart()}`;
    } else probleme.push({ zeile: z.nr, meldung: 'Zeile ohne Spalte und Doppelpunkt', gefunden: z.text.slice(0, 60) });
  }
  const summe = logisch.find((l) => l.schluessel === PRUEFSUMME);
  const daten = logisch.filter((l) => l.schluessel !== PRUEFSUMME);
  const erwartet = pruefsumme(daten.map((l) => `${l.schluessel}: ${l.wert.trim()}`).join('\n'));
  if (!summe)
    probleme.push({
      zeile: anfang,
      meldung: 'Prüfsumme fehlt: der Block kann verändert sein',
      erwartet: `eine Zeile „${PRUEFSUMME}: …“ wie vom Formular erzeugt`,
    });
  else if (summe.wert.trim() !== erwartet)
    probleme.push({
      zeile: summe.nr,
      meldung: 'Prüfsumme passt nicht: der Block wurde unterwegs verändert',
      gefunden: summe.wert.trim(),
      erwartet: 'die Antworten unverändert, wie vom Formular erzeugt (oder als CSV-Datei)',
    });
  const werte = new Map<string, MailWert>();
  for (const l of daten) {
    if (werte.has(l.schluessel))
      probleme.push({ zeile: l.nr, meldung: `„${l.schluessel}“ doppelt im Block`, gefunden: l.wert });
    werte.set(l.schluessel, { wert: demaskiere(l.wert.trim()), zeile: l.nr });
  }
  return { block: { zeile: anfang, werte }, probleme };
}
