import { describe, expect, it } from 'vitest';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { pruefeTabelle } from '../../src/lib/schema/pruefen.ts';
import { einwohner, fondsHaushalt, strukturen } from '../../src/lib/schema/index.ts';
import { bytes, HEUTE, TEST_REGISTER } from '../hilfen/register.ts';

const KOPF = 'gebiet,typ,status,name,seit,form,stand,quelle_url,quelle_titel,anmerkung';
const GUT =
  '13075039,beirat,vorhanden,Migrantenbeirat,2023-01-10,gewählt,2023-01,https://www.greifswald.de/,Stadt Greifswald,';

function pruefeStrukturen(...zeilen: string[]) {
  const r = pruefeTabelle(strukturen, bytes([KOPF, ...zeilen].join('\n') + '\n'), {
    register: TEST_REGISTER,
    heute: HEUTE,
  });
  return { ...r, meldungen: r.fehler.map(formatiereFehler) };
}

describe('pruefeTabelle: strukturen', () => {
  it('accepts a valid row and types its values', () => {
    const r = pruefeStrukturen(GUT);
    expect(r.fehler).toEqual([]);
    expect(r.zeilen).toEqual([
      {
        zeile: 2,
        daten: {
          gebiet: '13075039',
          typ: 'beirat',
          status: 'vorhanden',
          name: 'Migrantenbeirat',
          seit: '2023-01-10',
          form: 'gewählt',
          stand: '2023-01',
          quelle_url: 'https://www.greifswald.de/',
          quelle_titel: 'Stadt Greifswald',
          anmerkung: undefined,
        },
      },
    ]);
  });

  it('locates a wrong field count', () => {
    expect(pruefeStrukturen(GUT, '13075039,beirat,vorhanden').meldungen).toEqual([
      'data/strukturen.csv:3:4: falsche Anzahl Felder: 3 statt 10 (expected 10 durch Komma getrennte Felder (Kommas ' +
        'im Text in "…" setzen))',
    ]);
  });

  it('names an unknown and a missing column in the header', () => {
    const r = pruefeTabelle(strukturen, bytes(KOPF.replace('anmerkung', 'bemerkung') + '\n' + GUT + '\n'), {
      register: TEST_REGISTER,
      heute: HEUTE,
    });
    expect(r.fehler.map(formatiereFehler)).toEqual([
      expect.stringMatching(
        /^data\/strukturen\.csv:1:10: unbekannte Spalte \(got "bemerkung", expected eine der Spalten gebiet, typ/,
      ),
      expect.stringMatching(/^data\/strukturen\.csv:1:11: Spalte „anmerkung“ fehlt/),
    ]);
    expect(r.zeilen).toEqual([]);
  });

  it('requires required values', () => {
    expect(pruefeStrukturen(GUT.replace('Stadt Greifswald', '')).meldungen).toEqual([
      'data/strukturen.csv:2:9: Pflichtwert fehlt (got "", expected einen Text)',
    ]);
  });

  it('rejects a key that is not in the register', () => {
    expect(pruefeStrukturen(GUT.replace('13075039', '13075999')).meldungen).toEqual([
      'data/strukturen.csv:2:1: Gebietsschlüssel nicht im Gebietsregister (got "13075999", expected den Schlüssel ' +
        'eines heutigen Gebiets in MV (siehe /daten/gebiete.csv))',
    ]);
  });

  it('sends kreisfreie Städte and amtsfreie Gemeinden to their AGS', () => {
    expect(
      pruefeStrukturen(
        GUT.replace('13075039', '13003'),
        GUT.replace('13075039', '130750039').replace('2023-01,', '2023-02,'),
      ).meldungen,
    ).toEqual([
      'data/strukturen.csv:2:1: Rostock ist eine kreisfreie Stadt; ihre Daten stehen unter dem Gemeindeschlüssel ' +
        '(got "13003", expected 13003000)',
      'data/strukturen.csv:3:1: Greifswald ist eine amtsfreie Gemeinde; ihre Daten stehen unter dem ' +
        'Gemeindeschlüssel (got "130750039", expected 13075039)',
    ]);
  });

  it('rejects impossible dates and a Stand in the future', () => {
    const r = pruefeStrukturen(
      GUT.replace('2023-01-10', '2023-02-29'),
      GUT.replace('2023-01,', '2026-12,'),
      GUT.replace('2023-01,', '13.03.2024,'),
    );
    expect(r.meldungen).toEqual([
      'data/strukturen.csv:2:5: unmögliches Datum (diesen Tag gibt es nicht) (got "2023-02-29", expected JJJJ, ' +
        'JJJJ-MM oder JJJJ-MM-TT)',
      'data/strukturen.csv:3:7: Datum liegt in der Zukunft (got "2026-12", expected ein Datum bis 2026-11-21)',
      'data/strukturen.csv:4:7: Datum im falschen Format (deutsches Format? Bitte JJJJ-MM-TT) (got "13.03.2024", ' +
        'expected JJJJ, JJJJ-MM oder JJJJ-MM-TT oder „unbekannt“)',
    ]);
  });

  it('accepts a leap day and an undated source', () => {
    expect(pruefeStrukturen(GUT.replace('2023-01-10', '2024-02-29').replace('2023-01,', 'unbekannt,')).fehler).toEqual(
      [],
    );
  });

  it('rejects a status outside the vocabulary, with a hint for wrong capitals', () => {
    expect(
      pruefeStrukturen(
        GUT.replace('vorhanden', 'existiert'),
        GUT.replace('vorhanden', 'Vorhanden').replace('2023-01,', '2023-02,'),
      ).meldungen,
    ).toEqual([
      'data/strukturen.csv:2:3: Wert nicht im Vokabular (got "existiert", expected einen von: vorhanden, ' +
        'beschlossen, in Planung, abgelehnt, aufgelöst, nicht vorhanden, unbekannt)',
      'data/strukturen.csv:3:3: Wert nicht im Vokabular (meinten Sie „vorhanden“? Groß-/Kleinschreibung beachten) ' +
        '(got "Vorhanden", expected einen von: vorhanden, beschlossen, in Planung, abgelehnt, aufgelöst, nicht ' +
        'vorhanden, unbekannt)',
    ]);
  });

  it('rejects a Form that does not fit the type', () => {
    expect(pruefeStrukturen(GUT.replace('beirat', 'netzwerk')).meldungen).toEqual([
      'data/strukturen.csv:2:6: Form „gewählt“ passt nicht zum Typ „netzwerk“ (got "gewählt", expected ein leeres ' +
        'Feld)',
    ]);
  });

  it('rejects a duplicate observation', () => {
    expect(pruefeStrukturen(GUT, GUT).meldungen).toEqual([
      'data/strukturen.csv:3:1: doppelte Beobachtung, gleich wie Zeile 2 in gebiet, typ, name, stand, quelle_url ' +
        '(expected eine neue Zeile nur für eine neue Beobachtung (anderer Stand oder andere Quelle))',
    ]);
  });

  it('allows only http and https links', () => {
    const r = pruefeStrukturen(
      GUT.replace('https://www.greifswald.de/', 'javascript:alert(1)'),
      GUT.replace('https://www.greifswald.de/', 'ftp://example.org/x').replace('2023-01,', '2023-02,'),
      GUT.replace('https://www.greifswald.de/', 'www.greifswald.de').replace('2023-01,', '2023-03,'),
    );
    expect(r.meldungen.map((m) => m.split(' (got')[0])).toEqual([
      'data/strukturen.csv:2:8: Webadresse mit unerlaubtem Schema „javascript:“',
      'data/strukturen.csv:3:8: Webadresse mit unerlaubtem Schema „ftp:“',
      'data/strukturen.csv:4:8: keine gültige Webadresse',
    ]);
  });

  it('yields no rows at all when any row is wrong', () => {
    const r = pruefeStrukturen(GUT, GUT.replace('beirat', 'xyz'));
    expect(r.zeilen).toEqual([]);
    expect(r.fehler).toHaveLength(1);
  });
});

describe('pruefeTabelle: amounts and numbers', () => {
  const kopf = 'jahr,art,betrag_eur,haushaltsdokument,quelle_url,quelle_titel,stand,anmerkung';
  const zeile = (betrag: string) => `2020,geplant,${betrag},,https://example.org/,Quelle,2019,`;
  const pruefe = (...zeilen: string[]) =>
    pruefeTabelle(fondsHaushalt, bytes([kopf, ...zeilen].join('\n')), {
      register: TEST_REGISTER,
      heute: HEUTE,
    }).fehler.map(formatiereFehler);

  it('keeps an empty amount as unknown, not 0', () => {
    const r = pruefeTabelle(fondsHaushalt, bytes(`${kopf}\n${zeile('')}`), { heute: HEUTE });
    expect(r.zeilen[0]!.daten.betrag_eur).toBeUndefined();
  });

  it('rejects negative and non-numeric amounts and hints at German number format', () => {
    expect(
      pruefe(
        zeile('-5'),
        zeile('"1.234,56"').replace('2020', '2021'),
        zeile('viel').replace('2020', '2022'),
        zeile('"1000,5"').replace('2020', '2023'),
      ),
    ).toEqual([
      'data/fonds-haushalt.csv:2:3: negativer Betrag (got "-5", expected einen Betrag in Euro mit Dezimalpunkt, ' +
        'z. B. 1234.56, oder leer für unbekannt)',
      'data/fonds-haushalt.csv:3:3: Betrag im deutschen Format (Tausenderpunkt oder Dezimalkomma) (got "1.234,56", ' +
        'expected einen Betrag in Euro mit Dezimalpunkt, z. B. 1234.56, oder leer für unbekannt)',
      'data/fonds-haushalt.csv:4:3: Betrag ist keine Zahl (got "viel", expected einen Betrag in Euro mit ' +
        'Dezimalpunkt, z. B. 1234.56, oder leer für unbekannt)',
      'data/fonds-haushalt.csv:5:3: Betrag im deutschen Format (Tausenderpunkt oder Dezimalkomma) (got "1000,5", ' +
        'expected einen Betrag in Euro mit Dezimalpunkt, z. B. 1234.56, oder leer für unbekannt)',
    ]);
  });

  it('rejects a population figure with a thousands separator', () => {
    const r = pruefeTabelle(
      einwohner,
      bytes(
        'gebiet,einwohner,stichtag,quelle_url,quelle_titel,anmerkung\n' +
          '13003000,205.307,2024-12-31,https://example.org/,Q,\n',
      ),
      {
        register: TEST_REGISTER,
        heute: HEUTE,
      },
    );
    expect(r.fehler.map(formatiereFehler)).toEqual([
      'data/einwohner.csv:2:2: Zahl mit Tausenderpunkt (deutsches Format) (got "205.307", expected eine ganze Zahl ' +
        'ohne Tausenderpunkt, z. B. 205307)',
    ]);
  });
});
