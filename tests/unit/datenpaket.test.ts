import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  datenpaket,
  REGISTER_RESSOURCE,
  schemaFeld,
  sha256,
  tableSchema,
  tabellenSchema,
  xsdMuster,
  zitiervorschlag,
  type Ressource,
} from '../../src/lib/veroeffentlichen/datenpaket.ts';
import { ladeOffeneDateien } from '../../src/lib/laden/exporte.ts';
import { feldRegister, type FeldMeta } from '../../src/lib/schema/felder.ts';
import { einwohner, strukturen, TABELLEN } from '../../src/lib/schema/index.ts';
import { pruefeDaten, pruefeDeskriptor } from '../hilfen/frictionless.ts';

describe('xsdMuster', () => {
  it('drops anchors, opens unanchored ends and keeps inner alternatives', () => {
    expect(xsdMuster('^13(\\d{3}|\\d{6}|\\d{7})?$')).toBe('13(\\d{3}|\\d{6}|\\d{7})?');
    expect(xsdMuster('^https?://')).toBe('https?://.*');
    expect(xsdMuster('^\\d{4}(-\\d{2}(-\\d{2})?)?$|^unbekannt$')).toBe('\\d{4}(-\\d{2}(-\\d{2})?)?|unbekannt');
    expect(xsdMuster('a|b')).toBe('.*a.*|.*b.*');
    expect(xsdMuster('^[|$]x\\$')).toBe('[|$]x\\$.*');
  });

  it('accepts and rejects the same values as the validator’s pattern, for every field', () => {
    const proben = [
      '13',
      '13003',
      '13075039',
      '130755553',
      '1300',
      '2024',
      '2024-03',
      '2024-03-13',
      'unbekannt',
      'Unbekannt',
      'https://x.de/',
      'ftp://x',
      'x https://',
      '',
    ];
    for (const t of TABELLEN) {
      for (const [name, s] of Object.entries(t.schema.shape)) {
        const muster = feldRegister.get(s as z.ZodType)!.muster;
        if (muster === undefined) continue;
        const js = new RegExp(muster);
        const xsd = new RegExp(`^(?:${xsdMuster(muster)})$`);
        for (const p of proben) expect(xsd.test(p), `${t.name}.${name}: „${p}“`).toBe(js.test(p));
      }
    }
  });
});

describe('Table Schema from the field builders', () => {
  it('publishes every column in the order of the CSV, with the validator’s constraints', () => {
    for (const t of TABELLEN) expect(tabellenSchema(t).fields.map((f) => f.name)).toEqual(Object.keys(t.schema.shape));
    const felder = new Map(tabellenSchema(strukturen).fields.map((f) => [f.name, f]));
    expect(felder.get('typ')).toMatchObject({
      type: 'string',
      constraints: { required: true, enum: ['beirat', 'beauftragte', 'konzept', 'netzwerk', 'sonstige'] },
    });
    expect(felder.get('quelle_url')).toMatchObject({
      type: 'string',
      format: 'uri',
      constraints: { required: true, pattern: 'https?://.*' },
    });
    expect(felder.get('name')).not.toHaveProperty('constraints');
  });

  it('makes `eindeutig` the primary key only where every column is required', () => {
    expect(tabellenSchema(einwohner).primaryKey).toEqual(['gebiet', 'stichtag']);
    expect(tabellenSchema(strukturen).primaryKey).toBeUndefined();
  });

  it('links every Gebiet column to the register, and the register to itself', () => {
    expect(tabellenSchema(strukturen).foreignKeys).toEqual([
      { fields: 'gebiet', reference: { resource: REGISTER_RESSOURCE, fields: 'schluessel' } },
    ]);
    const meta: FeldMeta = { beschreibung: 'x', typ: 'string', pflicht: false, gebiet: ['kreis'] };
    expect(tableSchema([['kreis', meta]], [], REGISTER_RESSOURCE).foreignKeys).toEqual([
      { fields: 'kreis', reference: { resource: '', fields: 'schluessel' } },
    ]);
  });

  it('maps types, minimum and format', () => {
    expect(schemaFeld('jahr', { beschreibung: 'Jahr', typ: 'year', pflicht: true, minimum: 1990 })).toEqual({
      name: 'jahr',
      type: 'year',
      description: 'Jahr',
      constraints: { required: true, minimum: 1990 },
    });
  });
});

describe('datenpaket', () => {
  const bytes = new TextEncoder().encode('a\n1\n');
  const ressource = (amtlich: boolean): Ressource => ({
    name: 'r',
    pfad: 'r.csv',
    titel: 'R',
    beschreibung: 'B',
    format: 'csv',
    bytes,
    amtlich,
    quellen: [{ url: 'https://example.org/', titel: 'Q' }],
  });

  it('gives curated data CC BY 4.0 and official data dl-de/by-2-0, with size and hash', () => {
    const p = datenpaket({
      homepage: 'https://example.org/daten/',
      erstellt: '2025-06-30T12:00:00+02:00',
      ressourcen: [ressource(false), { ...ressource(true), name: 's' }],
    });
    expect(p.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(p.resources.map((r) => (r.licenses as { name: string }[])[0]!.name)).toEqual(['CC-BY-4.0', 'DL-DE-BY-2.0']);
    expect(p.resources[0]).toMatchObject({ bytes: 4, hash: `sha256:${sha256(bytes)}`, mediatype: 'text/csv' });
    expect(p.created).toBe('2025-06-30T10:00:00Z');
    expect(p.sources).toEqual([{ title: 'Q', path: 'https://example.org/' }]);
  });

  it('leaves out the creation time when the history is unknown', () => {
    expect(
      datenpaket({ homepage: 'https://example.org/daten/', erstellt: undefined, ressourcen: [ressource(false)] }),
    ).not.toHaveProperty('created');
  });

  it('describes the real data so that the spec check passes, data included', () => {
    const dateien = ladeOffeneDateien();
    const p = datenpaket({ homepage: 'https://example.org/daten/', erstellt: undefined, ressourcen: dateien });
    expect(pruefeDeskriptor(p)).toEqual([]);
    expect(
      pruefeDaten(p as unknown as Record<string, unknown>, (pfad) => dateien.find((d) => d.pfad === pfad)?.bytes),
    ).toEqual([]);
    expect(p.resources.find((r) => r.name === einwohner.name)!.licenses).toEqual([
      expect.objectContaining({ name: 'DL-DE-BY-2.0' }),
    ]);
  });
});

describe('zitiervorschlag', () => {
  it('names publisher, year, data date, address and licence', () => {
    expect(zitiervorschlag({ stand: '2026-11-21', url: 'https://example.org/daten/' })).toBe(
      'Integrationsatlas MV (2026): Offene Daten zur Umsetzung des Integrations- und Teilhabegesetzes ' +
        'Mecklenburg-Vorpommern (InTG M-V). Datenstand: 21.11.2026. https://example.org/daten/ – Lizenz: CC BY 4.0.',
    );
  });

  it('says so when the date is unknown instead of inventing one', () => {
    expect(zitiervorschlag({ stand: undefined, url: 'https://example.org/daten/' })).toMatch(
      /\(o\. J\.\).*Datenstand: unbekannt\./,
    );
  });
});
