import fs from 'node:fs';
import path from 'node:path';
import { DatenFehler, type Fehler } from '../csv/fehler.ts';
import { csvZeile } from '../csv/zeile.ts';
import { bericht, fuehreZusammen, leseMail, leseRueckmeldung } from '../musterabfrage/import.ts';
import { ANFANG } from '../musterabfrage/mailblock.ts';
import { pruefeBezuege, pruefeTabelle } from '../schema/pruefen.ts';
import { abfrageAntworten, abfrageFragen } from '../schema/musterabfrage.ts';
import { type Datenbestand, ladeDatenbestand } from './datenbestand.ts';
import { heute as heuteBerlin } from './heute.ts';

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
  let bestand: Datenbestand;
  try {
    bestand = ladeDatenbestand(daten);
  } catch (e) {
    if (e instanceof DatenFehler) return nichts(e.fehler);
    throw e;
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(datei);
  } catch {
    return nichts([
      {
        datei,
        zeile: 1,
        spalte: 1,
        meldung: 'Datei nicht gefunden oder nicht lesbar',
        erwartet: 'den Pfad einer CSV-Datei',
      },
    ]);
  }
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
  const alt = fs.readFileSync(ziel, 'utf8');
  const spalten = Object.keys(abfrageAntworten.schema.shape) as (keyof (typeof z.neueZeilen)[number])[];
  const neu =
    (alt === '' || alt.endsWith('\n') ? alt : `${alt}\n`) +
    z.neueZeilen
      .map((zeile) => csvZeile(spalten.map((s) => (zeile[s] === undefined ? '' : String(zeile[s])))) + '\n')
      .join('');

  // The result must pass exactly what `npm run check` will ask of it.
  const neuBytes = new TextEncoder().encode(neu);
  const geprueft = pruefeTabelle(abfrageAntworten, neuBytes, { register: bestand.register, heute: tag });
  const fehler = [
    ...geprueft.fehler,
    ...pruefeBezuege(abfrageAntworten, geprueft.zeilen, { register: bestand.register, zeilen: bestand.zeilen }),
  ];
  if (fehler.length > 0) return nichts(fehler);

  schreibeAtomar(ziel, neuBytes);
  return { fehler: [], bericht: meldungen, ergaenzt: z.neueZeilen.length };
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
    if (pid !== undefined && !laeuft(Number(pid))) fs.rmSync(path.join(ordner, name), { force: true });
  }
}

function laeuft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
