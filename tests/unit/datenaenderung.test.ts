import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { gebietsprofil, grundlagenAus } from '../../src/lib/gebiete/profil.ts';
import { ladeDatenbestand, pruefeAlles } from '../../src/lib/laden/datenbestand.ts';
import { heute } from '../../src/lib/laden/heute.ts';
import { TABELLEN } from '../../src/lib/schema/index.ts';
import { datenKopie } from '../hilfen/musterabfrage.ts';

// A correct data pull request must not break a test. So the checks that guard data/ run again on a copy
// with plausible changes, and what the site derives follows the change: the tests pin rules, not facts.
const GREIFSWALD = '13075039';

/** The checks daten.test.ts runs on data/: the data validate, and every row has an http(s) source. */
function pruefeVerzeichnis(verzeichnis: string): string[] {
  const { fehler } = pruefeAlles(verzeichnis);
  const ohneQuelle = TABELLEN.flatMap((t) =>
    fs
      .readFileSync(path.join(verzeichnis, t.datei), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter((z) => !/https?:\/\//.test(z))
      .map((z) => `${t.datei}: ohne Quelle: ${z}`),
  );
  return [...fehler.map(formatiereFehler), ...ohneQuelle];
}

/** A copy of data/ with what a contributor plausibly sends: a newer observation and a corrected figure. */
function geaenderteDaten(): { daten: string; einwohner: number } {
  const daten = datenKopie();
  fs.appendFileSync(
    path.join(daten, 'strukturen.csv'),
    `${GREIFSWALD},beirat,abgelehnt,Migrantenbeirat,,,${heute()},https://example.org/neuer-beschluss,` +
      'Beschluss der Bürgerschaft (Beispiel),\n',
  );
  const datei = path.join(daten, 'einwohner.csv');
  let einwohner = 0;
  const zeilen = fs
    .readFileSync(datei, 'utf8')
    .split('\n')
    .map((zeile) => {
      if (!zeile.startsWith(`${GREIFSWALD},`)) return zeile;
      const [gebiet, alt, ...rest] = zeile.split(',');
      einwohner = Number(alt) + 123;
      return [gebiet, einwohner, ...rest].join(',');
    });
  fs.writeFileSync(datei, zeilen.join('\n'));
  return { daten, einwohner };
}

describe('a plausible data pull request', () => {
  const { daten, einwohner } = geaenderteDaten();

  it('passes the same checks as data/', () => {
    expect(pruefeVerzeichnis(path.resolve('data'))).toEqual([]);
    expect(pruefeVerzeichnis(daten)).toEqual([]);
  });

  it('is what the Gebiet page and its twin then say about Greifswald', () => {
    const bestand = ladeDatenbestand(daten);
    const greifswald = bestand.gebiete.find((g) => g.schluessel === GREIFSWALD);
    expect(greifswald).toBeDefined();
    if (!greifswald) return;
    const profil = gebietsprofil(grundlagenAus(bestand), greifswald);
    expect(profil.einwohner?.einwohner).toBe(einwohner);
    const beirat = profil.strukturen.find((s) => s.typ === 'beirat');
    expect(beirat?.aktuell).toMatchObject({ status: 'abgelehnt', stand: heute() });
  });
});
