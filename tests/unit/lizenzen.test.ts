import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABELLEN } from '../../src/lib/schema/index.ts';
import { AMTLICHE_LIZENZ, DATENLIZENZ } from '../../src/lib/veroeffentlichen/datenpaket.ts';

// REUSE.toml is checked here, because the REUSE tool that reads it (3.x) is on PyPI only: every file of
// the repository has a licence and a copyright, each licence has its text in LICENSES/, and the
// data's licences agree with what datapackage.json publishes.

interface Annotation {
  pfade: string[];
  copyright: string;
  lizenz: string;
}

/** The [[annotations]] of REUSE.toml, in order; only the subset of TOML that the file uses. */
function annotationen(toml: string): Annotation[] {
  return toml
    .split('[[annotations]]')
    .slice(1)
    .map((block) => {
      const wert = (schluessel: string) => block.match(new RegExp(`^${schluessel} = (.+)$`, 'm'))?.[1] ?? '';
      const liste = (roh: string) => [...roh.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '');
      return {
        pfade: liste(wert('path')),
        copyright: liste(wert('SPDX-FileCopyrightText'))[0] ?? '',
        lizenz: liste(wert('SPDX-License-Identifier'))[0] ?? '',
      };
    });
}

/** REUSE globbing: `*` matches within a folder, `**` across folders, both also dotfiles. */
function passt(pfad: string, muster: string): boolean {
  const regex = muster
    .split('**')
    .map((teil) =>
      teil
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${regex}$`).test(pfad);
}

/** The annotation that applies to a file: the last one that matches. */
const fuer = (liste: Annotation[], datei: string) => liste.findLast((a) => a.pfade.some((m) => passt(datei, m)));

const liste = annotationen(fs.readFileSync('REUSE.toml', 'utf8'));
const dateien = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');

describe('REUSE.toml', () => {
  it('gives every file of the repository a licence with its text in LICENSES/ and a copyright', () => {
    const ohne = dateien.filter((d) => !/^(LICENSES\/|LICENSE$|REUSE\.toml$)/.test(d) && !fuer(liste, d));
    expect(ohne).toEqual([]);
    for (const a of liste) {
      expect(fs.existsSync(`LICENSES/${a.lizenz}.txt`), a.lizenz).toBe(true);
      expect(a.copyright, a.pfade.join()).not.toBe('');
    }
  });

  it('licenses each table as datapackage.json does: official figures dl-de/by-2-0, curated data CC BY 4.0', () => {
    for (const t of TABELLEN) {
      const erwartet = t.amtlich ? AMTLICHE_LIZENZ.name : DATENLIZENZ.name;
      expect(fuer(liste, `data/${t.datei}`)?.lizenz, t.datei).toBe(erwartet);
    }
  });

  it('licenses code under MIT, as package.json says', () => {
    const paket = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { license: string };
    for (const datei of ['src/lib/projekt.ts', '.ci/run', 'README.md', 'public/favicon.svg'])
      expect(fuer(liste, datei)?.lizenz, datei).toBe(paket.license);
    expect(fuer(liste, 'rueckmeldungen/README.md')?.lizenz).toBe('MIT');
    expect(fuer(liste, 'rueckmeldungen/kreis.csv')?.lizenz).toBe(DATENLIZENZ.name);
  });
});

describe('REUSE globbing', () => {
  it('matches * within a folder and ** across folders, dotfiles included', () => {
    expect(passt('.ci/run', '**')).toBe(true);
    expect(passt('data/musterabfrage/fragen.csv', 'data/**')).toBe(true);
    expect(passt('data/musterabfrage/fragen.csv', 'data/*.csv')).toBe(false);
    expect(passt('data/einwohner.csv', 'data/*.csv')).toBe(true);
    expect(passt('dataXeinwohner.csv', 'data.einwohner.csv')).toBe(false);
  });
});
