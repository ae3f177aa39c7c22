import type { z } from 'zod';
import { feldRegister } from '../schema/felder.ts';
import type { Tabelle } from '../schema/tabelle.ts';
import { FORDERUNGEN } from '../politik/beschluss.ts';
import {
  ABFRAGE_EBENEN,
  ANTWORTENDE,
  ANTWORTTYPEN,
  FASSUNGEN,
  FRAGETHEMEN,
  JA_NEIN,
} from '../musterabfrage/vokabular.ts';
import {
  ADRESSATEN,
  AENDERUNGSARTEN,
  BEWILLIGUNGSARTEN,
  FONDSARTEN,
  FORMEN,
  STATUS,
  STRUKTURTYPEN,
  UMSETZUNGSSTATUS,
  VERBINDLICHKEIT,
  type Begriff,
} from '../schema/vokabular.ts';

const VOKABULARE: [string, readonly Begriff[]][] = [
  ['Strukturtyp (`strukturen.csv`, Spalte `typ`)', STRUKTURTYPEN],
  ['Status (`strukturen.csv`, Spalte `status`)', STATUS],
  ['Form (`strukturen.csv`, Spalte `form`)', FORMEN],
  ['Art der Mittel (`fonds-haushalt.csv`, Spalte `art`)', FONDSARTEN],
  ['Art der Zahlung (`fonds-bewilligungen.csv`, Spalte `art`)', BEWILLIGUNGSARTEN],
  ['Verbindlichkeit (`intg-aussagen.csv`, Spalte `verbindlichkeit`)', VERBINDLICHKEIT],
  ['Adressaten (`intg-aussagen.csv`, Spalte `adressaten`)', ADRESSATEN],
  ['Forderung (`forderungen.csv`, Spalte `forderung`)', FORDERUNGEN],
  ['Stand der Umsetzung (`forderungen.csv`, Spalte `status`)', UMSETZUNGSSTATUS],
  ['Art der Gebietsänderung (`gebietsaenderungen.csv`, Spalte `art`)', AENDERUNGSARTEN],
  ['Thema (`musterabfrage/fragen.csv`, Spalte `thema`)', FRAGETHEMEN],
  ['Antworttyp (`musterabfrage/fragen.csv`, Spalte `antworttyp`)', ANTWORTTYPEN],
  ['Antworten auf ja-nein-Fragen (`musterabfrage/antworten.csv`, Spalte `antwort`)', JA_NEIN],
  ['Ebenen (`musterabfrage/fragen.csv`, Spalte `ebenen`)', ABFRAGE_EBENEN],
  ['Fassung (`musterabfrage/fragen.csv`, Spalte `fassung`)', FASSUNGEN],
  ['Wer antwortet (`musterabfrage/antworten.csv`, Spalte `antwortet`)', ANTWORTENDE],
];

const zelle = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/daten.md, written from the same schemas the validator uses, so the docs cannot drift. */
export function datenDoku(tabellen: readonly Tabelle[]): string {
  const teile = [
    '# Die Datentabellen',
    '',
    '<!-- Erzeugt mit `npm run docs` aus src/lib/schema/ und src/lib/schema/vokabular.ts. Nicht von Hand ' +
      'bearbeiten. -->',
    '',
    'Alle Tabellen liegen in `data/`: UTF-8, Komma als Trennzeichen, eine Kopfzeile, Datumsangaben nach ISO 8601 ' +
      '(JJJJ-MM-TT), Schlüssel als Text. Jede Zeile nennt ihre Quelle (`quelle_url`, nur http/https) und ihren ' +
      'Stand. Leere optionale Felder bedeuten „unbekannt“ – nie „nein“ und nie 0.',
    '',
    'Gebietsschlüssel: Land `13`, Kreis 5 Ziffern (z. B. `13075`), Amt 9 Ziffern (Verbandsschlüssel, z. B. ' +
      '`130755553`), Gemeinde 8 Ziffern (AGS, z. B. `13075039`). Kreisfreie Städte und amtsfreie Gemeinden werden ' +
      'immer mit ihrem Gemeindeschlüssel (AGS) geführt. Alle gültigen Schlüssel stehen im Gebietsregister ' +
      '(`/daten/gebiete.csv` auf der Website).',
    '',
  ];
  for (const t of tabellen) {
    teile.push(
      `## \`data/${t.datei}\`: ${t.titel}`,
      '',
      t.beschreibung,
      '',
      '| Spalte | Pflicht | Bedeutung |',
      '|---|---|---|',
    );
    for (const [name, schema] of Object.entries(t.schema.shape)) {
      const meta = feldRegister.get(schema as z.ZodType)!;
      const werte = meta.werte ? ` Werte: ${meta.werte.map((w) => `\`${w}\``).join(', ')}.` : '';
      const satz = /[.)]$/.test(meta.beschreibung) ? meta.beschreibung : `${meta.beschreibung}.`;
      teile.push(`| \`${name}\` | ${meta.pflicht ? 'ja' : 'nein'} | ${zelle(satz + werte)} |`);
    }
    teile.push(
      '',
      `Doppelt ist eine Zeile, wenn sie in ` +
        `${t.eindeutig.map((s) => `\`${s}\``).join(', ')} mit einer anderen übereinstimmt.`,
      '',
    );
    if (t.leerErlaubt) teile.push(`Die Tabelle darf leer sein: ${t.leerErlaubt}`, '');
  }
  teile.push('## Vokabulare', '');
  for (const [titel, begriffe] of VOKABULARE) {
    teile.push(`### ${titel}`, '', '| Wert | Bedeutung |', '|---|---|');
    for (const b of begriffe) teile.push(`| \`${b.wert}\` | ${zelle(b.erklaerung)} |`);
    teile.push('');
  }
  return teile.join('\n');
}
