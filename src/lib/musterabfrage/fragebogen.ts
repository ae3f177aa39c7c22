/** The questionnaire as the pages show it: numbered, by topic, with a plain hint on the expected answer. */
import type { FrageZeile } from '../schema/musterabfrage.ts';
import { label, type Begriff } from '../schema/vokabular.ts';
import { ABFRAGE_EBENEN, FRAGETHEMEN, JA_NEIN } from './vokabular.ts';

export interface NummerierteFrage {
  nummer: number;
  frage: FrageZeile;
}

/** Topics in vocabulary order, questions numbered through in file order. */
export function nachThema(fragen: readonly FrageZeile[]): { thema: Begriff; fragen: NummerierteFrage[] }[] {
  const nummeriert = fragen.map((frage, i) => ({ nummer: i + 1, frage }));
  return FRAGETHEMEN.map((thema) => ({ thema, fragen: nummeriert.filter((n) => n.frage.thema === thema.wert) })).filter(
    (t) => t.fragen.length > 0,
  );
}

/** The answers a question takes, in words: "ja, nein, teilweise oder unbekannt". */
export function antwortHinweis(f: FrageZeile): string {
  const oder = (werte: readonly string[]) => `${werte.slice(0, -1).join(', ')} oder ${werte.at(-1)}`;
  switch (f.antworttyp) {
    case 'ja-nein':
      return oder(JA_NEIN.map((b) => b.wert));
    case 'auswahl':
      return oder([...f.optionen, 'unbekannt']);
    case 'zahl':
      return `eine Zahl${f.einheit ? ` (${f.einheit})` : ''} oder unbekannt`;
    case 'betrag':
      return 'ein Betrag in Euro oder unbekannt';
    case 'datum':
      return 'ein Datum (Jahr genügt) oder unbekannt';
    default:
      return 'eigene Worte';
  }
}

/** Whom a question is put to: "Kreise und kreisfreie Städte, Gemeinden". */
export function ebenenText(f: FrageZeile): string {
  return f.ebenen.map((e) => label(ABFRAGE_EBENEN, e)).join(', ');
}

/** Label and format hint of the input field of an open question. */
export function eingabeFeld(f: FrageZeile): { label: string; format: string } {
  switch (f.antworttyp) {
    case 'zahl':
      return {
        label: f.einheit ?? 'Zahl',
        format: 'Eine Zahl ohne Tausenderpunkt, bei Bedarf mit Dezimalpunkt, z. B. 12 oder 19.5.',
      };
    case 'betrag':
      return {
        label: 'Betrag in Euro',
        format:
          'Ohne Tausenderpunkt, Cent mit Dezimalpunkt, z. B. 12500 oder 12500.50. 0 nur, wenn es wirklich nichts gibt.',
      };
    case 'datum':
      return {
        label: 'Datum',
        format: 'So genau wie bekannt: JJJJ, JJJJ-MM oder JJJJ-MM-TT, z. B. 2023 oder 2023-01-10.',
      };
    default:
      return { label: 'Ihre Antwort', format: 'Höchstens 2000 Zeichen, keine Namen von Personen.' };
  }
}
