import { describe, expect, it } from 'vitest';
import { leseCsv } from '../../src/lib/csv/lesen.ts';
import { csvZeilen } from '../../src/lib/csv/zeile.ts';
import { abfrageEbene, pruefeAntwort, type FrageRegel } from '../../src/lib/musterabfrage/antwort.ts';
import { gebietSucheAus } from '../../src/lib/musterabfrage/import.ts';
import {
  pruefeKopf,
  pruefeRueckmeldungsZeile,
  rueckmeldungCsv,
  type RueckmeldungsKontext,
} from '../../src/lib/musterabfrage/rueckmeldung.ts';
import { regelVon } from '../../src/lib/schema/musterabfrage.ts';
import { bytes, HEUTE, TEST_GEBIETE, TEST_REGISTER } from '../hilfen/register.ts';
import { TEST_FRAGEN } from '../hilfen/musterabfrage.ts';

const regel = (id: string): FrageRegel => regelVon(TEST_FRAGEN.find((f) => f.id === id)!);
const REGELN = new Map(TEST_FRAGEN.map((f) => [f.id, regelVon(f)]));

describe('pruefeAntwort', () => {
  it('takes "unbekannt" for every type, never turning it into nein or 0', () => {
    for (const f of TEST_FRAGEN)
      expect(pruefeAntwort(regelVon(f), 'unbekannt')).toEqual({ ok: true, wert: 'unbekannt' });
  });

  it('accepts the documented forms', () => {
    expect(pruefeAntwort(regel('beirat'), 'teilweise')).toEqual({ ok: true, wert: 'teilweise' });
    expect(pruefeAntwort(regel('beirat-bildung'), 'berufen')).toEqual({ ok: true, wert: 'berufen' });
    expect(pruefeAntwort(regel('stunden'), '19.5')).toEqual({ ok: true, wert: '19.5' });
    expect(pruefeAntwort(regel('budget'), '0')).toEqual({ ok: true, wert: '0' });
    expect(pruefeAntwort(regel('beirat-seit'), '2023')).toEqual({ ok: true, wert: '2023' });
    expect(pruefeAntwort(regel('anmerkungen'), 'Läuft gut, aber: zu wenig Geld.')).toEqual({
      ok: true,
      wert: 'Läuft gut, aber: zu wenig Geld.',
    });
  });

  it('names what is wrong and what was expected', () => {
    expect(pruefeAntwort(regel('beirat'), 'Ja')).toEqual({
      ok: false,
      meldung: 'Wert nicht im Vokabular (meinten Sie „ja“? Groß-/Kleinschreibung beachten)',
      erwartet: 'einen von: ja, nein, teilweise, unbekannt',
    });
    expect(pruefeAntwort(regel('beirat-bildung'), 'gemischt')).toMatchObject({
      ok: false,
      erwartet: 'einen von: gewählt, berufen, unbekannt',
    });
    expect(pruefeAntwort(regel('stunden'), '19,5')).toMatchObject({
      ok: false,
      meldung: 'Zahl mit Dezimalkomma (deutsches Format)',
    });
    expect(pruefeAntwort(regel('stunden'), '-2')).toMatchObject({ ok: false, meldung: 'negative Zahl' });
    expect(pruefeAntwort(regel('budget'), '1.500')).toMatchObject({
      ok: false,
      meldung: 'Betrag im deutschen Format (Tausenderpunkt oder Dezimalkomma)',
    });
    expect(pruefeAntwort(regel('budget'), 'keins')).toMatchObject({ ok: false, meldung: 'Betrag ist keine Zahl' });
    expect(pruefeAntwort(regel('beirat-seit'), '10.01.2023')).toMatchObject({
      ok: false,
      meldung: 'Datum im falschen Format (deutsches Format? Bitte JJJJ-MM-TT)',
    });
    expect(pruefeAntwort(regel('anmerkungen'), 'x'.repeat(2001))).toMatchObject({
      ok: false,
      meldung: 'Text zu lang (2001 Zeichen)',
    });
  });

  it('refuses a date after the Stand of the answer', () => {
    expect(pruefeAntwort(regel('beirat-seit'), '2025-03', '2025-02-28')).toEqual({
      ok: false,
      meldung: 'Datum liegt nach dem Stand der Antwort',
      erwartet: 'ein Datum bis 2025-02-28',
    });
    expect(pruefeAntwort(regel('beirat-seit'), '2025', '2025-02-28').ok).toBe(true);
  });
});

describe('abfrageEbene', () => {
  it('puts each body on one level and leaves out the Land and the twins', () => {
    expect(Object.fromEntries(TEST_GEBIETE.map((g) => [g.schluessel, abfrageEbene(g)]))).toEqual({
      '13': undefined,
      '13003': undefined,
      '13075': 'kreis',
      '130755553': 'amt',
      '130750039': undefined,
      '13003000': 'kreis',
      '13075039': 'gemeinde',
      '13075142': 'gemeinde',
    });
  });
});

describe('pruefeRueckmeldungsZeile', () => {
  const k: RueckmeldungsKontext = {
    fragen: REGELN,
    gebiet: gebietSucheAus(TEST_REGISTER),
    heute: HEUTE,
    quellePflicht: true,
  };
  const zeile = (teil: Record<string, string>) => ({
    gebiet: '13075039',
    name: 'Greifswald',
    stand: '2026-11-01',
    antwortet: 'Verwaltung',
    quelle_url: 'https://example.org/a',
    quelle_titel: '',
    beirat: 'ja',
    ...teil,
  });
  const probleme = (teil: Record<string, string>, kontext = k) => {
    const r = pruefeRueckmeldungsZeile(zeile(teil), kontext);
    return r.leer ? 'leer' : r.probleme.map((p) => `${p.spalte}: ${p.meldung}`);
  };

  it('returns the answers in stored form, in question order', () => {
    const r = pruefeRueckmeldungsZeile(zeile({ stunden: '20', beirat: 'nein', anmerkungen: '  mit Leerzeichen  ' }), k);
    expect(r).toEqual({
      leer: false,
      probleme: [],
      rueckmeldung: {
        gebiet: { schluessel: '13075039', name: 'Greifswald', ebene: 'gemeinde' },
        stand: '2026-11-01',
        antwortet: 'Verwaltung',
        quelle_url: 'https://example.org/a',
        quelle_titel: undefined,
        antworten: [
          { frage: 'beirat', antwort: 'nein' },
          { frage: 'stunden', antwort: '20' },
          { frage: 'anmerkungen', antwort: 'mit Leerzeichen' },
        ],
      },
    });
  });

  it('treats a row without any answer as an untouched template line', () => {
    expect(probleme({ beirat: '', stand: '', antwortet: '' })).toBe('leer');
  });

  it('checks the columns before the answers', () => {
    expect(probleme({ gebiet: '' })).toEqual(['gebiet: Pflichtwert fehlt']);
    expect(probleme({ gebiet: '1,3075E+07' })).toEqual([
      'gebiet: kein gültiger Gebietsschlüssel (von Excel in Exponentialschreibweise umgewandelt? Spalte als Text ' +
        'formatieren)',
    ]);
    expect(probleme({ gebiet: '13075999' })).toEqual(['gebiet: Gebietsschlüssel nicht im Gebietsregister']);
    expect(probleme({ gebiet: '13003', name: 'Rostock' })).toEqual([
      'gebiet: Rostock ist eine kreisfreie Stadt; ihre Daten stehen unter dem Gemeindeschlüssel',
    ]);
    expect(probleme({ gebiet: '13', name: '' })).toEqual(['gebiet: das Land wird nicht befragt']);
    expect(probleme({ name: 'Wolgast' })).toEqual(['name: Name passt nicht zum Schlüssel 13075039']);
    expect(probleme({ name: 'Universitäts- und Hansestadt Greifswald' })).toEqual([]);
    expect(probleme({ stand: '' })).toEqual(['stand: Pflichtwert fehlt']);
    expect(probleme({ stand: '2026-11' })).toEqual(['stand: Datum im falschen Format']);
    expect(probleme({ stand: '2026-12-24' })).toEqual(['stand: Datum liegt in der Zukunft']);
    expect(probleme({ antwortet: 'verwaltung' })).toEqual([
      'antwortet: Wert nicht im Vokabular (meinten Sie „Verwaltung“? Groß-/Kleinschreibung beachten)',
    ]);
    expect(probleme({ quelle_url: 'javascript:alert(1)' })).toEqual([
      'quelle_url: Webadresse mit unerlaubtem Schema „javascript:“',
    ]);
  });

  it('asks for a source in the import, takes --quelle, and lets the form leave it to the pull request', () => {
    expect(probleme({ quelle_url: '' })).toEqual(['quelle_url: Quelle fehlt']);
    const mitQuelle = pruefeRueckmeldungsZeile(zeile({ quelle_url: '' }), {
      ...k,
      quelle: 'https://github.com/x/y/pull/7',
    });
    expect(!mitQuelle.leer && mitQuelle.rueckmeldung?.quelle_url).toBe('https://github.com/x/y/pull/7');
    expect(probleme({ quelle_url: '' }, { ...k, quellePflicht: false })).toEqual([]);
  });

  it('refuses an answer to a question not put to the level of the Gebiet', () => {
    expect(probleme({ gebiet: '130755553', name: 'Landhagen', beirat: 'ja' })).toEqual([
      'beirat: Frage „beirat“ gilt nicht für Ämter',
    ]);
    expect(probleme({ gebiet: '13003000', name: 'Rostock', kreis: 'keine' })).toEqual([
      'kreis: Frage „kreis“ gilt nicht für Kreise und kreisfreie Städte',
    ]);
  });

  it('reports every bad answer of a row, not only the first', () => {
    expect(probleme({ beirat: 'vielleicht', budget: '1.000,00', 'beirat-seit': '2027' })).toEqual([
      'beirat: Wert nicht im Vokabular',
      'beirat-seit: Datum liegt nach dem Stand der Antwort',
      'budget: Betrag im deutschen Format (Tausenderpunkt oder Dezimalkomma)',
    ]);
  });
});

describe('pruefeKopf', () => {
  it('accepts a subset of the questions and locates unknown, doubled and missing columns', () => {
    expect(
      pruefeKopf(['gebiet', 'name', 'stand', 'antwortet', 'quelle_url', 'quelle_titel', 'beirat'], REGELN),
    ).toEqual([]);
    expect(
      pruefeKopf(['gebiet', 'name', 'stand', 'antwortet', 'quelle_url', 'beirat', 'beirat', 'beirät'], REGELN).map(
        (p) => `${p.position}: ${p.meldung}`,
      ),
    ).toEqual(['7: Spalte doppelt', '8: unbekannte Spalte', '9: Spalte „quelle_titel“ fehlt']);
  });
});

describe('CSV writing', () => {
  it('is read back by the project reader field for field, with quotes, commas and line breaks', () => {
    const zeilen = [['13075039', 'a, b', 'sagt "ja"', 'zwei\nZeilen', ' rand ', '']];
    const r = leseCsv('x.csv', bytes(csvZeilen(['a', 'b', 'c', 'd', 'e', 'f'], zeilen)));
    expect(r.ok && r.tabelle.zeilen.map((z) => z.felder)).toEqual(zeilen);
  });

  it('writes a return file with BOM, meta columns first, missing cells empty', () => {
    expect(rueckmeldungCsv(['beirat', 'stunden'], [{ gebiet: '13075039', name: 'Greifswald', stunden: '20' }])).toBe(
      '\uFEFFgebiet,name,stand,antwortet,quelle_url,quelle_titel,beirat,stunden\n13075039,Greifswald,,,,,,20\n',
    );
  });
});
