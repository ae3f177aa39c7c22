import Papa from 'papaparse';
import type { Fehler } from './fehler.ts';

/** One data row with the physical line it starts on (quoted fields may span lines). */
export interface CsvZeile {
  zeile: number;
  felder: string[];
}

export interface CsvTabelle {
  datei: string;
  kopf: string[];
  zeilen: CsvZeile[];
}

export type LeseErgebnis = { ok: true; tabelle: CsvTabelle } | { ok: false; fehler: Fehler[] };

const SPEICHER_HINWEIS =
  'mit Excel als „CSV (Trennzeichen-getrennt)“ gespeichert? Bitte als „CSV UTF-8 (durch Trennzeichen getrennt)“ ' +
  'speichern';

/**
 * Reads a CSV file as the project defines it: UTF-8 (a BOM is tolerated), comma-separated,
 * header row, LF or CRLF. Encoding and delimiter mistakes are reported in one line, because
 * every further message would only repeat them.
 */
export function leseCsv(datei: string, bytes: Uint8Array): LeseErgebnis {
  const kodierung = pruefeUtf8(datei, bytes);
  if (kodierung) return { ok: false, fehler: [kodierung] };

  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const wagenruecklauf = einzelnesCr(datei, text);
  if (wagenruecklauf) return { ok: false, fehler: [wagenruecklauf] };

  const trenner = falscherTrenner(datei, text.split(/\r?\n/, 1)[0] ?? '');
  if (trenner) return { ok: false, fehler: [trenner] };

  const zeilenAnfaenge = zeilenAnfaengeVon(text);
  const roh: CsvZeile[] = [];
  let anfang = 0;
  let anfuehrung: Fehler | undefined;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (ergebnis) => {
      const felder = ergebnis.data;
      const zeile = zeileAnOffset(zeilenAnfaenge, anfang);
      if (!anfuehrung && ergebnis.errors.some((e) => e.type === 'Quotes')) {
        anfuehrung = anfuehrungsFehler(datei, zeile, felder.length, ergebnis.errors);
      }
      if (!(felder.length === 1 && felder[0]?.trim() === '')) roh.push({ zeile, felder });
      anfang = ergebnis.meta.cursor;
    },
  });
  // A quote left open swallows the rest of the file; every further message would only repeat it.
  if (anfuehrung) return { ok: false, fehler: [anfuehrung] };

  const [kopfZeile, ...zeilen] = roh;
  if (!kopfZeile) {
    return {
      ok: false,
      fehler: [
        { datei, zeile: 1, spalte: 1, meldung: 'Datei ist leer', erwartet: 'eine Kopfzeile mit den Spaltennamen' },
      ],
    };
  }
  const rand = kopfZeile.felder.findIndex((k) => k !== k.trim());
  if (rand >= 0) {
    return {
      ok: false,
      fehler: [
        {
          datei,
          zeile: kopfZeile.zeile,
          spalte: rand + 1,
          meldung: 'Leerzeichen am Rand eines Spaltennamens',
          gefunden: kopfZeile.felder[rand],
          erwartet: `„${kopfZeile.felder[rand]?.trim()}“ ohne Leerzeichen davor oder danach`,
        },
      ],
    };
  }
  return { ok: true, tabelle: { datei, kopf: kopfZeile.felder, zeilen } };
}

/** A file separated by semicolons or tabs, as spreadsheets save it: one line instead of a message per row. */
function falscherTrenner(datei: string, ersteZeile: string): Fehler | undefined {
  const kommas = anzahl(ersteZeile, ',');
  const trenner = [
    { zeichen: ';', meldung: `Datei ist mit Semikolon getrennt, ${SPEICHER_HINWEIS}` },
    { zeichen: '\t', meldung: `Datei ist mit Tabulator getrennt, ${SPEICHER_HINWEIS}` },
  ].find((t) => anzahl(ersteZeile, t.zeichen) > kommas);
  if (!trenner) return undefined;
  return {
    datei,
    zeile: 1,
    spalte: 1,
    meldung: trenner.meldung,
    gefunden: trenner.zeichen,
    erwartet: 'Komma als Trennzeichen',
  };
}

/**
 * A CR that is not part of CRLF. Spreadsheets start a new row there, papaparse (in a file of LF lines) keeps it in
 * the cell, so the published file and the site would disagree on the rows (found by the fuzzer, issue 12).
 */
function einzelnesCr(datei: string, text: string): Fehler | undefined {
  const stelle = text.search(/\r(?!\n)/);
  if (stelle < 0) return undefined;
  const davor = text.slice(0, stelle);
  const zeile = anzahl(davor, '\n') + 1;
  return {
    datei,
    zeile,
    spalte: anzahl(davor.slice(davor.lastIndexOf('\n') + 1), ',') + 1,
    meldung: 'Zeilenumbruch aus einem einzelnen Wagenrücklauf (CR)',
    erwartet: 'Zeilenenden als LF oder CRLF; ein CR allein lesen Tabellenkalkulationen als neue Zeile',
  };
}

function anfuehrungsFehler(datei: string, zeile: number, felder: number, fehler: Papa.ParseError[]): Fehler {
  const offen = fehler.some((e) => e.code === 'MissingQuotes');
  return {
    datei,
    zeile,
    spalte: Math.max(1, felder),
    meldung: offen
      ? 'Anführungszeichen nicht geschlossen: das Feld reicht bis zum Ende der Datei'
      : 'Anführungszeichen mitten im Feld',
    erwartet: 'ein Feld ganz in "…", ein " im Text verdoppelt als ""',
  };
}

/** A data row whose number of fields differs from the header's, located at the first missing or extra field. */
export function feldzahlFehler(datei: string, { zeile, felder }: CsvZeile, kopfLaenge: number): Fehler | undefined {
  if (felder.length === kopfLaenge) return undefined;
  return {
    datei,
    zeile,
    spalte: Math.min(felder.length, kopfLaenge) + 1,
    meldung: `falsche Anzahl Felder: ${felder.length} statt ${kopfLaenge}`,
    erwartet: `${kopfLaenge} durch Komma getrennte Felder (Kommas im Text in "…" setzen)`,
  };
}

function anzahl(text: string, zeichen: string): number {
  return text.split(zeichen).length - 1;
}

function zeilenAnfaengeVon(text: string): number[] {
  const anfaenge = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) anfaenge.push(i + 1);
  return anfaenge;
}

function zeileAnOffset(anfaenge: number[], offset: number): number {
  let lo = 0;
  let hi = anfaenge.length - 1;
  while (lo < hi) {
    const mitte = (lo + hi + 1) >> 1;
    if (anfaenge[mitte]! <= offset) lo = mitte;
    else hi = mitte - 1;
  }
  return lo + 1;
}

/** Finds the first byte that is not valid UTF-8 and names its line, so the contributor can look. */
function pruefeUtf8(datei: string, bytes: Uint8Array): Fehler | undefined {
  const streng = new TextDecoder('utf-8', { fatal: true });
  try {
    streng.decode(bytes);
    return undefined;
  } catch {
    let zeile = 1;
    let anfang = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 10) {
        try {
          streng.decode(bytes.subarray(anfang, i));
        } catch {
          const falsch = ersteUngueltigesByte(bytes.subarray(anfang, i));
          return {
            datei,
            zeile,
            spalte: 1,
            meldung: `Datei ist nicht UTF-8-kodiert (Windows-1252 oder ${SPEICHER_HINWEIS})`,
            gefunden: falsch === undefined ? '?' : `Byte 0x${falsch.toString(16).toUpperCase().padStart(2, '0')}`,
            erwartet: 'UTF-8',
          };
        }
        zeile++;
        anfang = i + 1;
      }
    }
    return {
      datei,
      zeile: 1,
      spalte: 1,
      meldung: `Datei ist nicht UTF-8-kodiert, ${SPEICHER_HINWEIS}`,
      erwartet: 'UTF-8',
    };
  }
}

function ersteUngueltigesByte(zeile: Uint8Array): number | undefined {
  for (let i = 1; i <= zeile.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(zeile.subarray(0, i), { stream: true });
    } catch {
      return zeile[i - 1];
    }
  }
  return undefined;
}
