import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruefeDaten, pruefeDeskriptor } from '../hilfen/frictionless.ts';

// The spec check itself must be able to fail: each broken descriptor or file is caught.
const bytes = (s: string) => new TextEncoder().encode(s);
const CSV = 'id,jahr,gebiet\na,2020,13\nb,2021,13003\n';
const REGISTER = 'schluessel\n13\n13003\n';

// biome-ignore lint/suspicious/noExplicitAny: a descriptor that each test breaks in its own way, at any depth.
type Deskriptor = Record<string, any>;

function paket(): Deskriptor {
  return {
    name: 'test-paket',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' }],
    resources: [
      {
        name: 'tabelle',
        path: 'tabelle.csv',
        profile: 'tabular-data-resource',
        bytes: bytes(CSV).length,
        hash: `sha256:${createHash('sha256').update(CSV).digest('hex')}`,
        schema: {
          fields: [
            { name: 'id', type: 'string', constraints: { required: true, pattern: '[a-z]+' } },
            { name: 'jahr', type: 'year', constraints: { minimum: 1990 } },
            { name: 'gebiet', type: 'string' },
          ],
          primaryKey: ['id'],
          foreignKeys: [{ fields: 'gebiet', reference: { resource: 'gebiete', fields: 'schluessel' } }],
        },
      },
      {
        name: 'gebiete',
        path: 'gebiete.csv',
        profile: 'tabular-data-resource',
        schema: { fields: [{ name: 'schluessel', type: 'string' }], primaryKey: 'schluessel' },
      },
    ],
  };
}
const dateien: Record<string, string> = { 'tabelle.csv': CSV, 'gebiete.csv': REGISTER };
const lies = (inhalt: Record<string, string>) => (pfad: string) => (pfad in inhalt ? bytes(inhalt[pfad]!) : undefined);

describe('pruefeDeskriptor', () => {
  it('accepts a valid package', () => {
    expect(pruefeDeskriptor(paket())).toEqual([]);
    expect(pruefeDaten(paket(), lies(dateien))).toEqual([]);
  });

  const kaputt: [string, (p: Deskriptor) => void, RegExp][] = [
    ['no resources', (p) => (p.resources = []), /resources fehlt/],
    ['an upper-case package name', (p) => (p.name = 'Test'), /name „Test“/],
    ['a licence that is no SPDX id', (p) => (p.licenses = [{ name: 'CC BY 4.0' }]), /keine bekannte SPDX-Kennung/],
    [
      'an absolute resource path',
      (p) => (p.resources[0].path = '/daten/tabelle.csv'),
      /weder URL noch relativer POSIX-Pfad/,
    ],
    [
      'a path leaving the package',
      (p) => (p.resources[0].path = '../tabelle.csv'),
      /weder URL noch relativer POSIX-Pfad/,
    ],
    ['a duplicate resource name', (p) => (p.resources[1].name = 'tabelle'), /doppelt/],
    ['an unknown field type', (p) => (p.resources[0].schema.fields[1].type = 'jahr'), /unbekannter Typ „jahr“/],
    [
      'a format the type does not have',
      (p) => (p.resources[0].schema.fields[0].format = 'url'),
      /Format „url“ passt nicht/,
    ],
    [
      'a constraint the type does not have',
      (p) => (p.resources[0].schema.fields[0].constraints.minimum = 1),
      /„minimum“ gilt nicht für Typ string/,
    ],
    [
      'an unknown constraint',
      (p) => (p.resources[0].schema.fields[0].constraints.muster = 'x'),
      /unbekannte Einschränkung „muster“/,
    ],
    [
      'an anchored pattern',
      (p) => (p.resources[0].schema.fields[0].constraints.pattern = '^[a-z]+$'),
      /enthält \^ oder \$/,
    ],
    ['an empty enum', (p) => (p.resources[0].schema.fields[0].constraints.enum = []), /enum muss/],
    [
      'a primary key on a missing field',
      (p) => (p.resources[0].schema.primaryKey = ['nr']),
      /primaryKey nennt unbekanntes Feld „nr“/,
    ],
    [
      'a foreign key to a missing resource',
      (p) => (p.resources[0].schema.foreignKeys[0].reference.resource = 'register'),
      /unbekannte Ressource „register“/,
    ],
    ['a tabular resource without schema', (p) => delete p.resources[1].schema, /ohne schema/],
    ['a malformed hash', (p) => (p.resources[0].hash = 'sha256:xyz'), /hash hat nicht die Form/],
  ];
  for (const [was, brich, meldung] of kaputt) {
    it(`rejects ${was}`, () => {
      const p = paket();
      brich(p);
      expect(pruefeDeskriptor(p).join('\n')).toMatch(meldung);
    });
  }
});

describe('pruefeDaten', () => {
  const mit = (inhalt: Partial<Record<string, string>>) => lies({ ...dateien, ...inhalt } as Record<string, string>);
  it('finds a missing file, a wrong size and a wrong hash', () => {
    expect(pruefeDaten(paket(), (p) => (p === 'gebiete.csv' ? undefined : bytes(CSV))).join('\n')).toMatch(
      /Datei gebiete.csv fehlt/,
    );
    const anders = CSV.replace('2020', '2019');
    expect(pruefeDaten(paket(), mit({ 'tabelle.csv': anders })).join('\n')).toMatch(/hash passt nicht/);
    expect(pruefeDaten(paket(), mit({ 'tabelle.csv': CSV + 'c,2022,13\n' })).join('\n')).toMatch(
      /bytes \d+, Datei hat \d+/,
    );
  });

  it('compares the header with the fields, in order', () => {
    const p = paket();
    delete p.resources[0].bytes;
    delete p.resources[0].hash;
    expect(pruefeDaten(p, mit({ 'tabelle.csv': 'jahr,id,gebiet\n2020,a,13\n' })).join('\n')).toMatch(
      /Kopfzeile jahr,id,gebiet ≠ Felder id,jahr,gebiet/,
    );
  });

  it('checks cells against types, constraints and keys', () => {
    const p = paket();
    delete p.resources[0].bytes;
    delete p.resources[0].hash;
    const fehler = pruefeDaten(p, mit({ 'tabelle.csv': 'id,jahr,gebiet\nA,1980,13\n,20x0,13075\nA,2020,\n' })).join(
      '\n',
    );
    expect(fehler).toMatch(/tabelle:2: id „A“ passt nicht zu pattern/);
    expect(fehler).toMatch(/tabelle:2: jahr „1980“ unter dem Minimum/);
    expect(fehler).toMatch(/tabelle:3: id fehlt, ist aber required/);
    expect(fehler).toMatch(/tabelle:3: jahr „20x0“ kein Jahr/);
    expect(fehler).toMatch(/primaryKey \["A"\] doppelt/);
    expect(fehler).toMatch(/Fremdschlüssel \["13075"\] fehlt in gebiete/);
  });
});
