import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladeDatenbestand } from '../../src/lib/laden/datenbestand.ts';
import { VORLAGEN, vorlageCsv } from '../../src/lib/musterabfrage/vorlage.ts';
import { abfrageFragen } from '../../src/lib/schema/musterabfrage.ts';
import { datenKopie, importiere, inhalt, tempDatei } from '../hilfen/musterabfrage.ts';

// `npm run abfrage:import` end to end on copies of data/: what a maintainer runs on a returned file.
const ANTWORTEN = path.join('musterabfrage', 'antworten.csv');
const PR = 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/12';

const bestand = ladeDatenbestand();
const VORLAGE = vorlageCsv(
  VORLAGEN.find((v) => v.ebene === 'gemeinde')!,
  bestand.gebiete,
  bestand.zeilen(abfrageFragen).map((z) => z.daten),
);
const [KOPF, ...ZEILEN] = VORLAGE.replace('\uFEFF', '').trimEnd().split('\n');
const spalten = KOPF!.split(',');
/** Line and column of Greifswald's cells in the template, as messages name them. */
const ZEILE = ZEILEN.findIndex((z) => z.startsWith('13075039,')) + 2;
const spalte = (name: string) => spalten.indexOf(name) + 1;

/** The Gemeinden template as the site offers it, with Greifswald's row filled in. */
function ausgefuellteVorlage(werte: Record<string, string>): string {
  const [kopf, zeilen] = [KOPF, ZEILEN];
  const gefuellt = zeilen.map((z) => {
    if (!z.startsWith('13075039,')) return z;
    const felder = z.split(',');
    for (const [spalte, wert] of Object.entries(werte))
      felder[spalten.indexOf(spalte)] = wert.includes(',') ? `"${wert}"` : wert;
    return felder.join(',');
  });
  return '\uFEFF' + [kopf, ...gefuellt].join('\n') + '\n';
}

const GREIFSWALD = {
  stand: '2026-11-02',
  antwortet: 'Verwaltung',
  beirat: 'ja',
  'beirat-seit': '2023-01-10',
  'beirat-bildung': 'gewählt',
  'beirat-sitzungen': '6',
  'haushalt-2025': 'unbekannt',
  anmerkungen: 'Mehr Geld für Sprachmittlung, bitte.',
};

describe('npm run abfrage:import', () => {
  it(
    'takes a filled template into the answers table, which then passes npm run check, and changes nothing the ' +
      'second time',
    () => {
      const daten = datenKopie();
      const datei = tempDatei('greifswald.csv', ausgefuellteVorlage(GREIFSWALD));

      const erst = importiere(datei, daten, '--quelle', PR);
      expect(erst.stderr).toBe('');
      expect(erst.status).toBe(0);
      expect(erst.stdout).toContain('Greifswald (13075039), Stand 2026-11-02, Verwaltung: 6 neu');
      expect(erst.stdout).toContain('721 Zeilen ohne Antworten übersprungen.');
      expect(erst.stdout).toContain(
        'data/musterabfrage/antworten.csv: 6 Zeilen ergänzt, keine bestehende Zeile geändert.',
      );
      const tabelle = fs.readFileSync(path.join(daten, ANTWORTEN), 'utf8');
      expect(tabelle.trimEnd().split('\n')).toEqual([
        'gebiet,frage,antwort,stand,antwortet,quelle_url,quelle_titel,anmerkung',
        `13075039,beirat,ja,2026-11-02,Verwaltung,${PR},Musterabfrage: Antwort der Verwaltung,`,
        `13075039,beirat-seit,2023-01-10,2026-11-02,Verwaltung,${PR},Musterabfrage: Antwort der Verwaltung,`,
        `13075039,beirat-bildung,gewählt,2026-11-02,Verwaltung,${PR},Musterabfrage: Antwort der Verwaltung,`,
        `13075039,beirat-sitzungen,6,2026-11-02,Verwaltung,${PR},Musterabfrage: Antwort der Verwaltung,`,
        `13075039,haushalt-2025,unbekannt,2026-11-02,Verwaltung,${PR},Musterabfrage: Antwort der Verwaltung,`,
        `13075039,anmerkungen,"Mehr Geld für Sprachmittlung, bitte.",2026-11-02,Verwaltung,${PR},Musterabfrage: ` +
          `Antwort der Verwaltung,`,
      ]);
      const check = spawnSync(process.execPath, ['scripts/check.ts', '--daten', daten], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.stdout).toContain('musterabfrage/antworten.csv 6');

      const vorher = inhalt(daten);
      const zweit = importiere(datei, daten, '--quelle', `${PR}#nochmal`);
      expect(zweit.status).toBe(0);
      expect(zweit.stdout).toContain(
        'Nichts geändert: alle 6 Antworten stehen schon in data/musterabfrage/antworten.csv.',
      );
      expect(inhalt(daten)).toEqual(vorher);
    },
  );

  it(
    'adds a changed answer as a new dated row and keeps the old one; a same-day contradiction needs ' + '--korrektur',
    () => {
      const daten = datenKopie();
      expect(importiere(tempDatei('a.csv', ausgefuellteVorlage(GREIFSWALD)), daten, '--quelle', PR).status).toBe(0);
      const alt = fs.readFileSync(path.join(daten, ANTWORTEN), 'utf8');

      const spaeter = importiere(
        tempDatei('b.csv', ausgefuellteVorlage({ ...GREIFSWALD, stand: '2026-11-20', 'beirat-sitzungen': '8' })),
        daten,
        '--quelle',
        `${PR}7`,
      );
      expect(spaeter.status).toBe(0);
      expect(spaeter.stdout).toContain('  beirat-sitzungen: geändert, „6“ (Stand 2026-11-02) → „8“');
      const neu = fs.readFileSync(path.join(daten, ANTWORTEN), 'utf8');
      expect(neu.startsWith(alt)).toBe(true);
      expect(neu.slice(alt.length).trimEnd().split('\n')).toHaveLength(6);

      const vorher = inhalt(daten);
      const widerspruch = tempDatei('c.csv', ausgefuellteVorlage({ ...GREIFSWALD, 'beirat-bildung': 'berufen' }));
      const konflikt = importiere(widerspruch, daten, '--quelle', PR);
      expect(konflikt.status).toBe(1);
      expect(konflikt.stderr).toContain(
        `${widerspruch}:${ZEILE}:${spalte('beirat-bildung')}: Antwort widerspricht der gespeicherten vom selben Tag ` +
          `(data/musterabfrage/antworten.csv:4) (got "berufen", expected „gewählt“ wie gespeichert;`,
      );
      expect(konflikt.stderr).toContain('Nichts wurde geändert.');
      expect(inhalt(daten)).toEqual(vorher);

      const korrektur = importiere(widerspruch, daten, '--quelle', PR, '--korrektur');
      expect(korrektur.status).toBe(0);
      expect(korrektur.stdout).toContain('  beirat-bildung: berichtigt, „gewählt“ (Stand 2026-11-02) → „berufen“');
      expect(fs.readFileSync(path.join(daten, ANTWORTEN), 'utf8').startsWith(neu)).toBe(true);
    },
  );

  // Every kind of bad file is refused with its message in musterabfrage-import.test.ts; here the command shows it
  // changes nothing.
  it('refuses bad files with a located message and leaves data/ byte for byte as it was', () => {
    const daten = datenKopie();
    const vorher = inhalt(daten);
    const gut = ausgefuellteVorlage(GREIFSWALD);
    const faelle: [string, string | Uint8Array, RegExp][] = [
      ['semikolon.csv', gut.replaceAll(',', ';'), /semikolon\.csv:1:1: Datei ist mit Semikolon getrennt/],
      [
        'latin1.csv',
        Buffer.from(gut.replace('\uFEFF', ''), 'latin1'),
        /latin1\.csv:\d+:1: Datei ist nicht UTF-8-kodiert/,
      ],
      ['kopf.csv', gut.replace('antwortet,', 'antwortende,'), /kopf\.csv:1:4: unbekannte Spalte \(got "antwortende"/],
      [
        'wert.csv',
        ausgefuellteVorlage({ ...GREIFSWALD, beirat: 'jo' }),
        new RegExp(`wert\\.csv:${ZEILE}:${spalte('beirat')}: Wert nicht im Vokabular \\(got "jo"`),
      ],
      ['leer.csv', ausgefuellteVorlage({}), /leer\.csv:1:1: keine Antworten in der Datei/],
    ];
    for (const [name, text, meldung] of faelle) {
      const r = importiere(tempDatei(name, text), daten, '--quelle', PR);
      expect(r.status, name).toBe(1);
      expect(r.stderr, name).toMatch(meldung);
      expect(r.stdout, name).toBe('');
    }
    const ohneQuelle = importiere(tempDatei('quelle.csv', gut), daten);
    expect(ohneQuelle.stderr).toContain(`quelle.csv:${ZEILE}:5: Quelle fehlt`);
    expect(importiere(path.join(daten, 'gibt-es-nicht.csv'), daten).stderr).toMatch(
      /gibt-es-nicht\.csv:1:1: Datei nicht gefunden/,
    );
    expect(inhalt(daten)).toEqual(vorher);
  });

  it('changes nothing while data/ itself is invalid', () => {
    const daten = datenKopie();
    fs.appendFileSync(path.join(daten, 'strukturen.csv'), '13003000,beirat,gibts,X,,,2024,https://example.org/,Q,\n');
    const vorher = inhalt(daten);
    const r = importiere(tempDatei('gut.csv', ausgefuellteVorlage(GREIFSWALD)), daten, '--quelle', PR);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/strukturen\.csv:\d+:3: Wert nicht im Vokabular/);
    expect(inhalt(daten)).toEqual(vorher);
  });
});

describe('npm run abfrage:import with a saved mail', () => {
  it('imports the answer block of a quoted-printable .eml and locates problems by the mail line', async () => {
    const { mailBlock } = await import('../../src/lib/musterabfrage/mailblock.ts');
    const daten = datenKopie();
    const block = mailBlock([
      ['gebiet', '13075039'],
      ['stand', '2026-11-02'],
      ['antwortet', 'Verwaltung'],
      ['beirat', 'ja'],
      ['anmerkungen', 'Mehr Geld für Sprachmittlung, bitte.'],
    ]);
    const eml = [
      'Subject: Musterabfrage Greifswald (13075039)',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      block.replace('für', 'f=C3=BCr'),
    ].join('\n');
    const r = importiere(tempDatei('antwort.eml', eml), daten, '--quelle', PR);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Greifswald (13075039), Stand 2026-11-02, Verwaltung: 2 neu');
    expect(fs.readFileSync(path.join(daten, ANTWORTEN), 'utf8')).toContain(
      `13075039,anmerkungen,"Mehr Geld für Sprachmittlung, bitte.",2026-11-02,Verwaltung,${PR}`,
    );

    const vorher = inhalt(daten);
    const falsch = importiere(
      tempDatei('antwort.txt', eml.replace('beirat: ja', 'beirat: vielleicht')),
      daten,
      '--quelle',
      PR,
    );
    expect(falsch.status).toBe(1);
    // Lines 5 to 12 are the block; the changed answer is in line 9, the checksum in line 11.
    expect(falsch.stderr).toContain('antwort.txt:11:1: Prüfsumme passt nicht');
    expect(falsch.stderr).toContain('antwort.txt:9:1: Wert nicht im Vokabular (got "vielleicht"');
    expect(inhalt(daten)).toEqual(vorher);
  });
});
