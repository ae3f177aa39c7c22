import { createHash } from 'node:crypto';
import Papa from 'papaparse';

/**
 * An independent check of a Frictionless Data Package (v1) against the specs, written from
 * https://specs.frictionlessdata.io/data-package/, …/data-resource/, …/tabular-data-resource/ and
 * …/table-schema/ – not from our generator. It checks the descriptor, and then the data itself
 * against the published Table Schemas, as `frictionless validate` would: headers, missing values,
 * types, formats, constraints, primary and foreign keys, size and hash.
 * Every function returns a list of problems; empty means valid.
 */

type Json = Record<string, unknown>;

const TYPEN = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];
const FORMATE: Record<string, string[]> = {
  string: ['default', 'email', 'uri', 'binary', 'uuid'],
  geopoint: ['default', 'array', 'object'],
  geojson: ['default', 'topojson'],
};
const DATUMSTYPEN = ['date', 'time', 'datetime'];
/** Which constraint applies to which types (Table Schema, "Constraints"). */
const CONSTRAINTS: Record<string, string[] | 'alle'> = {
  required: 'alle',
  unique: 'alle',
  enum: 'alle',
  minLength: ['string', 'array', 'object'],
  maxLength: ['string', 'array', 'object'],
  minimum: ['integer', 'number', 'date', 'time', 'datetime', 'year', 'yearmonth'],
  maximum: ['integer', 'number', 'date', 'time', 'datetime', 'year', 'yearmonth'],
  pattern: ['string'],
};
const ROLLEN = ['author', 'publisher', 'maintainer', 'wrangler', 'contributor'];
/** Licence ids this project may use, as SPDX spells them. */
export const SPDX_IDS = ['CC-BY-4.0', 'DL-DE-BY-2.0', 'CC0-1.0', 'ODbL-1.0', 'MIT'];
const NAME = /^[a-z0-9._-]+$/;

const istObjekt = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const alsListe = (x: unknown): unknown[] => (Array.isArray(x) ? x : [x]);
const istUrl = (s: string) => /^https?:\/\/[^\s]+$/.test(s);

function istPfad(p: unknown): boolean {
  if (typeof p !== 'string' || p === '') return false;
  if (istUrl(p)) return true;
  return !p.startsWith('/') && !p.split('/').includes('..') && !p.startsWith('./') && !p.includes('\\');
}

function pruefeLizenzen(wo: string, lizenzen: unknown, fehler: string[]) {
  if (lizenzen === undefined) return;
  if (!Array.isArray(lizenzen) || lizenzen.length === 0)
    return void fehler.push(`${wo}: licenses muss eine nicht leere Liste sein`);
  for (const l of lizenzen) {
    if (!istObjekt(l) || (l.name === undefined && l.path === undefined))
      fehler.push(`${wo}: jede Lizenz braucht name oder path`);
    else {
      if (l.name !== undefined && !SPDX_IDS.includes(l.name as string))
        fehler.push(`${wo}: Lizenz „${String(l.name)}“ ist keine bekannte SPDX-Kennung`);
      if (l.path !== undefined && !istPfad(l.path))
        fehler.push(`${wo}: Lizenzpfad „${String(l.path)}“ ist weder URL noch relativer Pfad`);
    }
  }
}

function pruefeQuellen(wo: string, quellen: unknown, fehler: string[]) {
  if (quellen === undefined) return;
  if (!Array.isArray(quellen)) return void fehler.push(`${wo}: sources muss eine Liste sein`);
  quellen.forEach((q, i) => {
    if (!istObjekt(q) || typeof q.title !== 'string' || q.title === '')
      fehler.push(`${wo}: sources[${i}] braucht title`);
    else if (q.path !== undefined && !istPfad(q.path)) fehler.push(`${wo}: sources[${i}].path ist weder URL noch Pfad`);
  });
}

/** The Table Schema descriptor: fields, types, formats, constraints, keys. */
export function pruefeTableSchema(wo: string, schema: unknown, ressourcen: Map<string, Json>): string[] {
  const fehler: string[] = [];
  if (!istObjekt(schema)) return [`${wo}: schema fehlt oder ist kein Objekt`];
  if (!Array.isArray(schema.fields) || schema.fields.length === 0)
    return [`${wo}: schema.fields muss eine nicht leere Liste sein`];
  const namen: string[] = [];
  for (const [i, f] of schema.fields.entries()) {
    const fw = `${wo}: fields[${i}]`;
    if (!istObjekt(f) || typeof f.name !== 'string' || f.name === '') {
      fehler.push(`${fw} braucht name`);
      continue;
    }
    if (namen.includes(f.name)) fehler.push(`${fw}: Feldname „${f.name}“ doppelt`);
    namen.push(f.name);
    const typ = (f.type as string | undefined) ?? 'string';
    if (!TYPEN.includes(typ)) fehler.push(`${fw}: unbekannter Typ „${typ}“`);
    if (f.format !== undefined) {
      const erlaubt = FORMATE[typ] ?? ['default'];
      if (!(erlaubt.includes(f.format as string) || (DATUMSTYPEN.includes(typ) && typeof f.format === 'string')))
        fehler.push(`${fw}: Format „${String(f.format)}“ passt nicht zu Typ ${typ}`);
    }
    if (f.constraints === undefined) continue;
    if (!istObjekt(f.constraints)) {
      fehler.push(`${fw}: constraints muss ein Objekt sein`);
      continue;
    }
    for (const [k, v] of Object.entries(f.constraints)) {
      const gilt = CONSTRAINTS[k];
      if (gilt === undefined) fehler.push(`${fw}: unbekannte Einschränkung „${k}“`);
      else if (gilt !== 'alle' && !gilt.includes(typ))
        fehler.push(`${fw}: Einschränkung „${k}“ gilt nicht für Typ ${typ}`);
      if ((k === 'required' || k === 'unique') && typeof v !== 'boolean')
        fehler.push(`${fw}: ${k} muss true oder false sein`);
      if ((k === 'minLength' || k === 'maxLength') && !Number.isInteger(v))
        fehler.push(`${fw}: ${k} muss eine ganze Zahl sein`);
      if (k === 'enum' && (!Array.isArray(v) || v.length === 0 || new Set(v).size !== v.length))
        fehler.push(`${fw}: enum muss eine nicht leere Liste ohne Doppelte sein`);
      if (k === 'pattern') {
        if (typeof v !== 'string') fehler.push(`${fw}: pattern muss Text sein`);
        // XML Schema patterns match the whole value and know no anchors.
        else if (/(^|[^\\])[\^$]/.test(v.replace(/\[\^/g, '[')))
          fehler.push(`${fw}: pattern „${v}“ enthält ^ oder $ (XML-Schema-Muster sind immer ganz verankert)`);
        else {
          try {
            new RegExp(`^(?:${v})$`, 'u');
          } catch {
            fehler.push(`${fw}: pattern „${v}“ ist kein gültiger regulärer Ausdruck`);
          }
        }
      }
      if (
        (k === 'minimum' || k === 'maximum') &&
        (typ === 'integer' || typ === 'number' || typ === 'year') &&
        typeof v !== 'number'
      )
        fehler.push(`${fw}: ${k} muss eine Zahl sein`);
    }
  }
  if (
    schema.missingValues !== undefined &&
    (!Array.isArray(schema.missingValues) || schema.missingValues.some((m) => typeof m !== 'string'))
  ) {
    fehler.push(`${wo}: missingValues muss eine Liste von Texten sein`);
  }
  if (schema.primaryKey !== undefined) {
    for (const k of alsListe(schema.primaryKey))
      if (!namen.includes(k as string)) fehler.push(`${wo}: primaryKey nennt unbekanntes Feld „${String(k)}“`);
  }
  if (schema.foreignKeys !== undefined) {
    if (!Array.isArray(schema.foreignKeys)) fehler.push(`${wo}: foreignKeys muss eine Liste sein`);
    else
      for (const fk of schema.foreignKeys) {
        if (!istObjekt(fk) || !istObjekt(fk.reference)) {
          fehler.push(`${wo}: foreignKeys-Eintrag braucht fields und reference`);
          continue;
        }
        const eigene = alsListe(fk.fields);
        const fremde = alsListe(fk.reference.fields);
        for (const k of eigene)
          if (!namen.includes(k as string)) fehler.push(`${wo}: foreignKey nennt unbekanntes Feld „${String(k)}“`);
        if (eigene.length !== fremde.length) fehler.push(`${wo}: foreignKey hat ungleich viele Felder`);
        const ziel = fk.reference.resource === '' ? { schema } : ressourcen.get(fk.reference.resource as string);
        if (!ziel)
          fehler.push(`${wo}: foreignKey verweist auf unbekannte Ressource „${String(fk.reference.resource)}“`);
        else {
          const zielFelder =
            istObjekt(ziel.schema) && Array.isArray(ziel.schema.fields)
              ? ziel.schema.fields.map((f) => (f as Json).name)
              : [];
          for (const k of fremde)
            if (!zielFelder.includes(k)) fehler.push(`${wo}: foreignKey verweist auf unbekanntes Feld „${String(k)}“`);
        }
      }
  }
  return fehler;
}

/** The descriptor as the Data Package, Data Resource and Tabular Data Resource specs define it. */
export function pruefeDeskriptor(paket: unknown): string[] {
  const fehler: string[] = [];
  if (!istObjekt(paket)) return ['datapackage.json ist kein JSON-Objekt'];
  if (!Array.isArray(paket.resources) || paket.resources.length === 0) return ['resources fehlt oder ist leer'];
  if (paket.name !== undefined && (typeof paket.name !== 'string' || !NAME.test(paket.name)))
    fehler.push(`name „${String(paket.name)}“: nur Kleinbuchstaben, Ziffern, . _ -`);
  if (paket.profile !== undefined && typeof paket.profile !== 'string') fehler.push('profile muss Text sein');
  if (paket.homepage !== undefined && !istUrl(String(paket.homepage))) fehler.push('homepage ist keine URL');
  if (
    paket.created !== undefined &&
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(String(paket.created))
  )
    fehler.push('created ist kein RFC-3339-Zeitpunkt');
  if (
    paket.keywords !== undefined &&
    (!Array.isArray(paket.keywords) || paket.keywords.some((k) => typeof k !== 'string'))
  )
    fehler.push('keywords muss eine Liste von Texten sein');
  if (paket.licenses === undefined) fehler.push('licenses fehlt (empfohlen, für offene Daten nötig)');
  pruefeLizenzen('Paket', paket.licenses, fehler);
  pruefeQuellen('Paket', paket.sources, fehler);
  if (paket.contributors !== undefined) {
    for (const c of alsListe(paket.contributors)) {
      if (!istObjekt(c) || typeof c.title !== 'string') fehler.push('contributors: jeder Eintrag braucht title');
      else if (c.role !== undefined && !ROLLEN.includes(c.role as string))
        fehler.push(`contributors: unbekannte Rolle „${String(c.role)}“`);
    }
  }
  const ressourcen = new Map<string, Json>();
  for (const r of paket.resources) if (istObjekt(r) && typeof r.name === 'string') ressourcen.set(r.name, r);
  const gesehen = new Set<string>();
  for (const [i, r] of paket.resources.entries()) {
    const wo = `resources[${i}]`;
    if (!istObjekt(r)) {
      fehler.push(`${wo} ist kein Objekt`);
      continue;
    }
    if (typeof r.name !== 'string' || !NAME.test(r.name))
      fehler.push(`${wo}: name fehlt oder enthält unerlaubte Zeichen`);
    else if (gesehen.has(r.name)) fehler.push(`${wo}: name „${r.name}“ doppelt`);
    else gesehen.add(r.name);
    if (r.path === undefined && r.data === undefined) fehler.push(`${wo}: braucht path oder data`);
    if (r.path !== undefined && !alsListe(r.path).every(istPfad))
      fehler.push(`${wo}: path „${String(r.path)}“ ist weder URL noch relativer POSIX-Pfad`);
    if (r.mediatype !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(String(r.mediatype)))
      fehler.push(`${wo}: mediatype ist kein Medientyp`);
    if (r.bytes !== undefined && !Number.isInteger(r.bytes)) fehler.push(`${wo}: bytes muss eine ganze Zahl sein`);
    if (r.hash !== undefined && !/^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$/.test(String(r.hash)))
      fehler.push(`${wo}: hash hat nicht die Form [algorithmus:]hex`);
    pruefeLizenzen(wo, r.licenses, fehler);
    pruefeQuellen(wo, r.sources, fehler);
    if (r.profile === 'tabular-data-resource' || r.schema !== undefined) {
      if (r.profile === 'tabular-data-resource' && r.schema === undefined)
        fehler.push(`${wo}: tabellarische Ressource ohne schema`);
      fehler.push(...pruefeTableSchema(wo, r.schema, ressourcen));
    }
  }
  return fehler;
}

function wertPasst(feld: Json, roh: string): string | undefined {
  const typ = (feld.type as string | undefined) ?? 'string';
  const c = (feld.constraints ?? {}) as Json;
  let zahl: number | undefined;
  switch (typ) {
    case 'integer':
      if (!/^[-+]?\d+$/.test(roh)) return 'keine ganze Zahl';
      zahl = Number(roh);
      break;
    case 'number':
      if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(roh)) return 'keine Zahl';
      zahl = Number(roh);
      break;
    case 'year':
      if (!/^\d{4}$/.test(roh)) return 'kein Jahr';
      zahl = Number(roh);
      break;
    case 'date': {
      const d = new Date(`${roh}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(roh) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== roh)
        return 'kein Datum JJJJ-MM-TT';
      if (typeof c.minimum === 'string' && roh < c.minimum) return 'unter dem Minimum';
      break;
    }
    case 'string':
      if (feld.format === 'uri') {
        try {
          new URL(roh);
        } catch {
          return 'keine URI';
        }
      }
      break;
  }
  if (zahl !== undefined && typeof c.minimum === 'number' && zahl < c.minimum) return 'unter dem Minimum';
  if (zahl !== undefined && typeof c.maximum === 'number' && zahl > c.maximum) return 'über dem Maximum';
  if (typeof c.pattern === 'string' && !new RegExp(`^(?:${c.pattern})$`, 'u').test(roh))
    return `passt nicht zu pattern ${c.pattern}`;
  if (Array.isArray(c.enum) && !c.enum.includes(roh)) return 'nicht in enum';
  return undefined;
}

/**
 * The data behind the descriptor: every path exists, size and hash fit, and every CSV matches its
 * Table Schema – the header equals the field names in order, and every cell passes its field.
 */
export function pruefeDaten(paket: Json, lies: (pfad: string) => Uint8Array | undefined): string[] {
  const fehler: string[] = [];
  const tabellen = new Map<string, { schema: Json; zeilen: Record<string, string>[] }>();
  for (const r of paket.resources as Json[]) {
    const pfad = r.path as string;
    const bytes = lies(pfad);
    if (!bytes) {
      fehler.push(`${r.name}: Datei ${pfad} fehlt`);
      continue;
    }
    if (r.bytes !== undefined && r.bytes !== bytes.length)
      fehler.push(`${r.name}: bytes ${String(r.bytes)}, Datei hat ${bytes.length}`);
    if (typeof r.hash === 'string') {
      const [algorithmus, wert] = r.hash.includes(':') ? r.hash.split(':') : ['md5', r.hash];
      if (createHash(algorithmus!).update(bytes).digest('hex') !== wert)
        fehler.push(`${r.name}: hash passt nicht zur Datei`);
    }
    if (!istObjekt(r.schema)) continue;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const csv = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [kopf = [], ...zeilen] = csv.data;
    const felder = r.schema.fields as Json[];
    const namen = felder.map((f) => f.name as string);
    if (JSON.stringify(kopf) !== JSON.stringify(namen))
      fehler.push(`${r.name}: Kopfzeile ${kopf.join(',')} ≠ Felder ${namen.join(',')}`);
    const fehlend = (r.schema.missingValues as string[] | undefined) ?? [''];
    const objekte: Record<string, string>[] = [];
    zeilen.forEach((werte, i) => {
      const zeile = i + 2;
      if (werte.length !== namen.length) {
        fehler.push(`${r.name}:${zeile}: ${werte.length} statt ${namen.length} Zellen`);
        return;
      }
      const objekt: Record<string, string> = {};
      felder.forEach((f, j) => {
        const roh = werte[j]!;
        objekt[f.name as string] = roh;
        const c = (f.constraints ?? {}) as Json;
        if (fehlend.includes(roh)) {
          if (c.required) fehler.push(`${r.name}:${zeile}: ${String(f.name)} fehlt, ist aber required`);
          return;
        }
        const problem = wertPasst(f, roh);
        if (problem) fehler.push(`${r.name}:${zeile}: ${String(f.name)} „${roh}“ ${problem}`);
      });
      objekte.push(objekt);
    });
    const schluessel = r.schema.primaryKey === undefined ? [] : (alsListe(r.schema.primaryKey) as string[]);
    if (schluessel.length > 0) {
      const gesehen = new Set<string>();
      for (const o of objekte) {
        const k = JSON.stringify(schluessel.map((s) => o[s]));
        if (gesehen.has(k)) fehler.push(`${r.name}: primaryKey ${k} doppelt`);
        gesehen.add(k);
      }
    }
    tabellen.set(r.name as string, { schema: r.schema, zeilen: objekte });
  }
  for (const [name, { schema, zeilen }] of tabellen) {
    for (const fk of (schema.foreignKeys as Json[] | undefined) ?? []) {
      const ref = fk.reference as Json;
      const ziel = tabellen.get(ref.resource === '' ? name : (ref.resource as string));
      if (!ziel) continue;
      const eigene = alsListe(fk.fields) as string[];
      const fremde = alsListe(ref.fields) as string[];
      const vorhanden = new Set(ziel.zeilen.map((z) => JSON.stringify(fremde.map((f) => z[f]))));
      for (const z of zeilen) {
        if (eigene.some((f) => z[f] === '')) continue;
        const k = JSON.stringify(eigene.map((f) => z[f]));
        if (!vorhanden.has(k)) fehler.push(`${name}: Fremdschlüssel ${k} fehlt in ${String(ref.resource) || name}`);
      }
    }
  }
  return fehler;
}
