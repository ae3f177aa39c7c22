import fs from 'node:fs';
import path from 'node:path';
import { DatenFehler, type Fehler } from '../csv/fehler.ts';
import { csvZeile } from '../csv/zeile.ts';
import { bericht, fuehreZusammen, leseMail, leseRueckmeldung } from '../musterabfrage/import.ts';
import { ANFANG } from '../musterabfrage/mailblock.ts';
import { type GepruefteZeile, pruefeBezuege, pruefeTabelle } from '../schema/pruefen.ts';
import { type AntwortZeile, abfrageAntworten, abfrageFragen } from '../schema/musterabfrage.ts';
import { type Datenbestand, ladeDatenbestand } from './datenbestand.ts';
import { heute as heuteBerlin } from './heute.ts';
import { prozessLaeuft } from './prozess.ts';

export interface ImportErgebnis {
  /** Every problem; when there is one, nothing was written. */
  fehler: Fehler[];
  /** What changed, for the console. */
  bericht: string[];
  /** Rows appended to the answers table. */
  ergaenzt: number;
}

/**
 * `npm run abfrage:import`: checks a return file completely, merges it into
 * musterabfrage/antworten.csv below the data directory `daten` and writes the table only
 * when the file, the merge and the resulting table are all valid. The new table is written to a
 * temporary file beside it and renamed over it, so a reader sees the old or the new file, never
 * half of one. Stored rows are never changed: new rows are appended.
 */
export function importiereRueckmeldung(
  datei: string,
  daten: string,
  opts: { quelle?: string | undefined; korrektur?: boolean | undefined; heute?: string | undefined } = {},
): ImportErgebnis {
  const nichts = (fehler: Fehler[]): ImportErgebnis => ({ fehler, bericht: [], ergaenzt: 0 });
  const geladen = ladeEingaben(datei, daten);
  if ('fehler' in geladen) return nichts(geladen.fehler);
  const { bestand, bytes } = geladen;
  const tag = opts.heute ?? heuteBerlin();
  const tabelle = `data/${abfrageAntworten.datei}`;
  const kontext = {
    fragen: bestand.zeilen(abfrageFragen).map((z) => z.daten),
    register: bestand.register,
    heute: tag,
    quelle: opts.quelle,
  };
  // A saved mail (.eml, or pasted text) carries the form's answer block; anything else is a CSV file.
  const text = new TextDecoder().decode(bytes);
  const einlesung =
    /\.(eml|txt)$/i.test(datei) || text.includes(ANFANG)
      ? leseMail(datei, text, kontext)
      : leseRueckmeldung(datei, bytes, kontext);
  if (einlesung.fehler.length > 0) return nichts(einlesung.fehler);

  const gespeichert = bestand.zeilen(abfrageAntworten);
  const z = fuehreZusammen(gespeichert, einlesung.antworten, { datei, tabelle, korrektur: opts.korrektur });
  if (z.konflikte.length > 0) return nichts(z.konflikte);
  const meldungen = bericht(z, bestand.register, { tabelle, leereZeilen: einlesung.leereZeilen });
  if (z.neueZeilen.length === 0) return { fehler: [], bericht: meldungen, ergaenzt: 0 };

  const ziel = path.join(daten, abfrageAntworten.datei);
  const anhang = haengeAn(fs.readFileSync(ziel, 'utf8'), z.neueZeilen, gespeichert, bestand, tag);
  if (anhang.fehler.length > 0) return nichts(anhang.fehler);
  schreibeAtomar(ziel, anhang.bytes);
  return { fehler: [], bericht: meldungen, ergaenzt: z.neueZeilen.length };
}

/** The data (valid, or its problems) and the bytes of the return file (or why it cannot be read). */
function ladeEingaben(
  datei: string,
  daten: string,
): { bestand: Datenbestand; bytes: Uint8Array } | { fehler: Fehler[] } {
  let bestand: Datenbestand;
  try {
    bestand = ladeDatenbestand(daten);
  } catch (e) {
    if (e instanceof DatenFehler) return { fehler: e.fehler };
    throw e;
  }
  try {
    return { bestand, bytes: fs.readFileSync(datei) };
  } catch {
    const meldung = 'Datei nicht gefunden oder nicht lesbar';
    return { fehler: [{ datei, zeile: 1, spalte: 1, meldung, erwartet: 'den Pfad einer CSV-Datei' }] };
  }
}

/**
 * The table with the new rows appended, and every problem `npm run check` would then find. The stored rows were
 * validated when the data was loaded, so only the appended ones are checked, plus their keys against the stored
 * rows' (a Set): validating the whole merged table again made large imports slow (issue 12).
 */
function haengeAn(
  alt: string,
  neueZeilen: readonly AntwortZeile[],
  gespeichert: readonly GepruefteZeile<AntwortZeile>[],
  bestand: Datenbestand,
  tag: string,
): { bytes: Uint8Array; fehler: Fehler[] } {
  const spalten = Object.keys(abfrageAntworten.schema.shape) as (keyof AntwortZeile)[];
  const kopf = alt.slice(0, alt.indexOf('\n') + 1) || `${csvZeile(spalten)}\n`;
  const vorne = alt === '' || alt.endsWith('\n') ? alt : `${alt}\n`;
  const anhang = neueZeilen
    .map((zeile) => `${csvZeile(spalten.map((s) => (zeile[s] === undefined ? '' : String(zeile[s]))))}\n`)
    .join('');
  // Line numbers as in the merged file: the appended rows follow the stored file's lines.
  const versatz = Math.max(0, zeilenIn(vorne) - 1);
  const geprueft = pruefeTabelle(abfrageAntworten, new TextEncoder().encode(kopf + anhang), {
    register: bestand.register,
    heute: tag,
  });
  const verschiebe = (f: Fehler): Fehler => ({ ...f, zeile: f.zeile + versatz });
  const zeilen = geprueft.zeilen.map((z) => ({ ...z, zeile: z.zeile + versatz }));
  const fehler = [
    ...geprueft.fehler.map(verschiebe),
    ...doppelteSchluessel(zeilen, gespeichert),
    ...pruefeBezuege(abfrageAntworten, zeilen, { register: bestand.register, zeilen: bestand.zeilen }),
  ];
  return { bytes: new TextEncoder().encode(vorne + anhang), fehler };
}

function zeilenIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** New rows whose key (the table's `eindeutig` columns) a stored row already has: the check's duplicate rule. */
function doppelteSchluessel(
  neu: readonly GepruefteZeile<AntwortZeile>[],
  gespeichert: readonly GepruefteZeile<AntwortZeile>[],
): Fehler[] {
  const schluessel = (d: AntwortZeile) =>
    abfrageAntworten.eindeutig.map((s) => (d[s] === undefined ? '' : String(d[s]))).join('\u0000');
  const vorhanden = new Map(gespeichert.map((z) => [schluessel(z.daten), z.zeile]));
  return neu.flatMap(({ zeile, daten }) => {
    const erste = vorhanden.get(schluessel(daten));
    if (erste === undefined) return [];
    return [
      {
        datei: `data/${abfrageAntworten.datei}`,
        zeile,
        spalte: 1,
        meldung: `doppelte Beobachtung, gleich wie Zeile ${erste} in ${abfrageAntworten.eindeutig.join(', ')}`,
        erwartet: 'eine neue Zeile nur für eine neue Beobachtung (anderer Stand oder andere Quelle)',
      },
    ];
  });
}

/**
 * Writes the file beside its target, flushes it to disk and renames it over the target, so a
 * reader or a crash sees the old or the new table, never half of one. A temporary file left by an
 * earlier run that was killed (its process no longer exists) is removed first.
 */
function schreibeAtomar(ziel: string, bytes: Uint8Array): void {
  raeumeAuf(ziel);
  const temp = `${ziel}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, ziel);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function raeumeAuf(ziel: string): void {
  const ordner = path.dirname(ziel);
  const muster = new RegExp(`^${RegExp.escape(path.basename(ziel))}\\.(\\d+)\\.tmp$`);
  for (const name of fs.readdirSync(ordner)) {
    const pid = muster.exec(name)?.[1];
    if (pid !== undefined && !prozessLaeuft(Number(pid))) fs.rmSync(path.join(ordner, name), { force: true });
  }
}
