import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { datumDeutsch } from '../darstellung/format.ts';
import { PROJEKT } from '../projekt.ts';
import type { Quellenangabe } from './quellen.ts';
import { feldRegister, type FeldMeta } from '../schema/felder.ts';
import type { Tabelle } from '../schema/tabelle.ts';

/**
 * The Frictionless Data Package (v1) of the site's open data, `/daten/datapackage.json`. Each
 * table's Table Schema is generated from the same field definitions the validator uses
 * (`feldRegister`), so the published schema cannot drift from the checks.
 * Specs: https://specs.frictionlessdata.io/data-package/ and …/table-schema/.
 */

/** Name of the register resource every Gebiet column refers to. */
export const REGISTER_RESSOURCE = 'gebiete';

export interface SchemaFeld {
  name: string;
  type: FeldMeta['typ'];
  format?: 'uri';
  description: string;
  constraints?: {
    required?: boolean;
    pattern?: string;
    enum?: string[];
    minimum?: number;
    maximum?: number;
    maxLength?: number;
  };
}

export interface TableSchema {
  fields: SchemaFeld[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
}

/**
 * A JavaScript pattern as a Table Schema pattern. Table Schema uses XML Schema regular
 * expressions, which always match the whole value and know no ^ and $: an anchored branch loses
 * its anchors, an open end becomes `.*`. Alternatives at the top level are converted one by one.
 */
export function xsdMuster(muster: string): string {
  return obersteAlternativen(muster)
    .map((zweig) => {
      let s = zweig;
      s = s.startsWith('^') ? s.slice(1) : `.*${s}`;
      s = s.endsWith('$') && !s.endsWith('\\$') ? s.slice(0, -1) : `${s}.*`;
      return s;
    })
    .join('|');
}

function obersteAlternativen(muster: string): string[] {
  const teile: string[] = [];
  let tiefe = 0;
  let klasse = false;
  let anfang = 0;
  for (let i = 0; i < muster.length; i++) {
    const c = muster[i];
    if (c === '\\') i++;
    else if (klasse) klasse = c !== ']';
    else if (c === '[') klasse = true;
    else if (c === '(') tiefe++;
    else if (c === ')') tiefe--;
    else if (c === '|' && tiefe === 0) {
      teile.push(muster.slice(anfang, i));
      anfang = i + 1;
    }
  }
  teile.push(muster.slice(anfang));
  return teile;
}

/** One Table Schema field from the description a field builder registered. */
export function schemaFeld(name: string, meta: FeldMeta): SchemaFeld {
  const constraints: NonNullable<SchemaFeld['constraints']> = {};
  if (meta.pflicht) constraints.required = true;
  if (meta.muster !== undefined) constraints.pattern = xsdMuster(meta.muster);
  if (meta.werte !== undefined) constraints.enum = [...meta.werte];
  if (meta.minimum !== undefined) constraints.minimum = meta.minimum;
  if (meta.maximum !== undefined) constraints.maximum = meta.maximum;
  if (meta.hoechstensZeichen !== undefined) constraints.maxLength = meta.hoechstensZeichen;
  return {
    name,
    type: meta.typ,
    ...(meta.format ? { format: meta.format } : {}),
    description: meta.beschreibung,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/**
 * A Table Schema from field descriptions: `eindeutig` becomes the primary key when all its
 * columns are required (a primary key allows no empty values), and every Gebiet column a foreign
 * key into the register.
 */
export function tableSchema(
  felder: readonly (readonly [string, FeldMeta])[],
  eindeutig: readonly string[],
  ressource: string,
): TableSchema {
  const meta = new Map(felder);
  const schema: TableSchema = { fields: felder.map(([name, m]) => schemaFeld(name, m)), missingValues: [''] };
  if (eindeutig.length > 0 && eindeutig.every((s) => meta.get(s)?.pflicht)) schema.primaryKey = [...eindeutig];
  const fremd = felder.filter(([, m]) => m.gebiet !== undefined);
  if (fremd.length > 0) {
    // A reference to the resource itself is written as "" (Table Schema, foreign keys).
    const ziel = ressource === REGISTER_RESSOURCE ? '' : REGISTER_RESSOURCE;
    schema.foreignKeys = fremd.map(([name]) => ({ fields: name, reference: { resource: ziel, fields: 'schluessel' } }));
  }
  return schema;
}

/** The Table Schema of one data table, from its Zod schema's registered field descriptions. */
export function tabellenSchema(t: Tabelle): TableSchema {
  const felder = Object.entries(t.schema.shape).map(([name, s]) => [name, feldRegister.get(s as z.ZodType)!] as const);
  return tableSchema(felder, t.eindeutig, t.name);
}

export interface Lizenz {
  name: string;
  path: string;
  title: string;
}

const lizenz = (l: { name: string; url: string; spdx: string }): Lizenz => ({
  name: l.spdx,
  path: l.url,
  title: l.name,
});
export const DATENLIZENZ = lizenz(PROJEKT.datenlizenz);
export const AMTLICHE_LIZENZ = lizenz(PROJEKT.amtlicheLizenz);

/** A file of the package with its bytes, so size and hash can be published. */
export interface Ressource {
  name: string;
  /** Relative to datapackage.json. */
  pfad: string;
  titel: string;
  beschreibung: string;
  format: 'csv' | 'topojson' | 'geojson';
  bytes: Uint8Array<ArrayBuffer>;
  /** Official statistics and geometry are dl-de/by-2-0; curated data CC BY 4.0. */
  amtlich: boolean;
  quellen: readonly Quellenangabe[];
  schema?: TableSchema;
}

const MEDIATYPEN = { csv: 'text/csv', topojson: 'application/json', geojson: 'application/geo+json' } as const;

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface Datenpaket {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  created?: string;
  keywords: string[];
  licenses: Lizenz[];
  contributors: { title: string; role: 'publisher'; path: string }[];
  sources: { title: string; path: string }[];
  resources: Record<string, unknown>[];
}

/** The descriptor. `erstellt` is the time of the newest data change (ISO), so it is stable per commit. */
export function datenpaket(e: {
  homepage: string;
  erstellt: string | undefined;
  ressourcen: readonly Ressource[];
}): Datenpaket {
  const alleQuellen = new Map<string, string>();
  for (const r of e.ressourcen) for (const q of r.quellen) if (!alleQuellen.has(q.url)) alleQuellen.set(q.url, q.titel);
  const quellen = (qs: readonly Quellenangabe[]) => qs.map((q) => ({ title: q.titel, path: q.url }));
  return {
    profile: 'data-package',
    name: 'integrationsatlas-mv',
    title: `${PROJEKT.name}: offene Daten`,
    description:
      'Wie die Kommunen in Mecklenburg-Vorpommern das Integrations- und Teilhabegesetz (InTG M-V) umsetzen: ' +
      'Integrationsstrukturen, Integrationsfonds, Einwohnerzahlen, Aussagen über das Gesetz, Forderungen und ihr ' +
      'Stand, Gebietsregister und Geometrie. Jede Zeile nennt Quelle und Stand; leere Felder bedeuten „unbekannt“.',
    homepage: e.homepage,
    ...(e.erstellt ? { created: new Date(e.erstellt).toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
    keywords: [
      'Integration',
      'Migration',
      'Mecklenburg-Vorpommern',
      'InTG M-V',
      'Kommunen',
      'Integrationsfonds',
      'Migrationsbeirat',
      'Integrationsbeauftragte',
    ],
    licenses: [DATENLIZENZ],
    contributors: [{ title: PROJEKT.name, role: 'publisher', path: e.homepage }],
    sources: [...alleQuellen].map(([path, title]) => ({ title, path })),
    resources: e.ressourcen.map((r) => ({
      name: r.name,
      path: r.pfad,
      title: r.titel,
      description: r.beschreibung,
      ...(r.schema ? { profile: 'tabular-data-resource' } : {}),
      format: r.format,
      mediatype: MEDIATYPEN[r.format],
      encoding: 'utf-8',
      bytes: r.bytes.length,
      hash: `sha256:${sha256(r.bytes)}`,
      licenses: [r.amtlich ? AMTLICHE_LIZENZ : DATENLIZENZ],
      sources: quellen(r.quellen),
      ...(r.schema ? { dialect: { delimiter: ',', header: true }, schema: r.schema } : {}),
    })),
  };
}

/** How to cite the data: publisher, year and day of the newest data change, address, licence. */
export function zitiervorschlag(e: { stand: string | undefined; url: string }): string {
  const jahr = e.stand?.slice(0, 4) ?? 'o. J.';
  return (
    `${PROJEKT.name} (${jahr}): Offene Daten zur Umsetzung des Integrations- und Teilhabegesetzes ` +
    `Mecklenburg-Vorpommern (InTG M-V). Datenstand: ${datumDeutsch(e.stand)}. ${e.url} – Lizenz: ` +
    `${PROJEKT.datenlizenz.name}.`
  );
}
