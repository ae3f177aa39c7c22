import Papa from 'papaparse';
import type { Gebiet, Gebietsart } from '../gebiete/register.ts';
import type { FeldMeta } from '../schema/felder.ts';

const GEBIETSARTEN = [
  'land',
  'landkreis',
  'kreisfrei',
  'amt',
  'amtsfrei',
  'amtsangehörig',
] as const satisfies readonly Gebietsart[];

/**
 * The columns of the published register (`/daten/gebiete.csv`), described like the fields of the
 * data tables, so the data package can publish a Table Schema for it too.
 */
export const REGISTER_FELDER = {
  schluessel: {
    beschreibung:
      'Amtlicher Schlüssel: Land 13, Kreis 5 Ziffern, Amt 9 Ziffern (Verbandsschlüssel), Gemeinde 8 Ziffern (AGS)',
    typ: 'string',
    pflicht: true,
    muster: '^13(\\d{3}|\\d{6}|\\d{7})?$',
  },
  ebene: {
    beschreibung: 'Ebene des Gebiets',
    typ: 'string',
    pflicht: true,
    werte: ['land', 'kreis', 'amt', 'gemeinde'],
  },
  name: {
    beschreibung: 'Kurzname wie in VG250 (GEN), ohne Namenszusatz wie „Hansestadt“',
    typ: 'string',
    pflicht: true,
  },
  bezeichnung: {
    beschreibung: 'Amtliche Bezeichnung (VG250 BEZ), z. B. Stadt, Gemeinde, Amt, Landkreis',
    typ: 'string',
    pflicht: true,
  },
  art: {
    beschreibung:
      'Stellung in der Verwaltung: Landkreis, kreisfreie Stadt, Amt, amtsfreie oder amtsangehörige Gemeinde',
    typ: 'string',
    pflicht: true,
    werte: GEBIETSARTEN,
  },
  kreis: {
    beschreibung: 'Kreisschlüssel des übergeordneten Kreises (Ämter und Gemeinden)',
    typ: 'string',
    pflicht: false,
    muster: '^13\\d{3}$',
    gebiet: ['kreis'],
  },
  amt: {
    beschreibung: 'Verbandsschlüssel des Amts (nur amtsangehörige Gemeinden)',
    typ: 'string',
    pflicht: false,
    muster: '^13\\d{7}$',
    gebiet: ['amt'],
  },
  gemeinde: {
    beschreibung:
      'Wo ein Gebiet auf Amts- oder Kreisebene eine einzige Gemeinde ist (amtsfreie Gemeinde, kreisfreie Stadt): ' +
      'deren AGS, unter dem ihre Daten stehen',
    typ: 'string',
    pflicht: false,
    muster: '^13\\d{6}$',
    gebiet: ['gemeinde'],
  },
} as const satisfies Record<string, FeldMeta>;

/** The register as CSV, one Gebiet per line, in the column order of REGISTER_FELDER. */
export function registerCsv(gebiete: readonly Gebiet[]): string {
  const zeilen = gebiete.map((g) => ({
    schluessel: g.schluessel,
    ebene: g.ebene,
    name: g.name,
    bezeichnung: g.bezeichnung,
    art: g.art,
    kreis: g.kreis ?? '',
    amt: g.amt ?? '',
    gemeinde: g.gemeinde ?? '',
  }));
  return Papa.unparse(zeilen, { newline: '\n', columns: Object.keys(REGISTER_FELDER) }) + '\n';
}
