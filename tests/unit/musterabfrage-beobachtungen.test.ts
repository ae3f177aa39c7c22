import { describe, expect, it } from 'vitest';
import { bewerte } from '../../src/lib/strukturen/merkmale.ts';
import { alleBeobachtungen, beobachtungenAusAntworten } from '../../src/lib/musterabfrage/beobachtungen.ts';
import type { AntwortZeile } from '../../src/lib/schema/musterabfrage.ts';
import { herkunftVon } from '../../src/lib/strukturen/beobachtungen.ts';
import { TEST_REGISTER } from '../hilfen/register.ts';
import { strukturZeile } from '../hilfen/zeilen.ts';

let nr = 100;
const antwort = (frage: string, wert: string, teil: Partial<AntwortZeile> = {}) => ({
  zeile: ++nr,
  daten: {
    gebiet: '13075039',
    frage,
    antwort: wert,
    stand: '2026-11-02',
    antwortet: 'Verwaltung',
    quelle_url: 'https://example.org/pr/1',
    quelle_titel: 'Antwort per E-Mail',
    anmerkung: undefined,
    ...teil,
  } as AntwortZeile,
});

describe('beobachtungenAusAntworten', () => {
  it('maps ja, nein and teilweise per question, and unbekannt to nothing', () => {
    const b = beobachtungenAusAntworten([
      antwort('beirat', 'ja'),
      antwort('beauftragte', 'nein'),
      antwort('konzept', 'teilweise'),
      antwort('beirat', 'teilweise', { gebiet: '13075142' }),
      antwort('konzept', 'unbekannt', { gebiet: '13075142' }),
      antwort('sprachmittlung', 'ja'),
    ]);
    expect(b.map((x) => [x.daten.gebiet, x.daten.typ, x.daten.status])).toEqual([
      ['13075039', 'beirat', 'vorhanden'],
      ['13075039', 'beauftragte', 'nicht vorhanden'],
      ['13075039', 'konzept', 'in Planung'],
      ['13075142', 'beirat', 'beschlossen'],
    ]);
  });

  it('fills seit and form from the detail answers of the same day, not from another day or from Dritte', () => {
    const [beirat, beauftragte] = beobachtungenAusAntworten([
      antwort('beirat', 'ja'),
      antwort('beirat-seit', '2023-01'),
      antwort('beirat-bildung', 'gemischt'),
      antwort('beauftragte', 'ja'),
      antwort('beauftragte-form', 'Teilzeit'),
      antwort('beauftragte-form', 'Ehrenamt', { stand: '2026-01-05' }),
      antwort('beauftragte-form', 'Ehrenamt', { antwortet: 'Dritte' }),
    ]);
    // "gemischt" has no value in the structures' vocabulary: the form stays unknown.
    expect(beirat?.daten).toMatchObject({ seit: '2023-01', form: undefined, stand: '2026-11-02' });
    expect(beauftragte?.daten.form).toBe('hauptamtlich');
  });

  it('makes no observation of an answer by Dritte', () => {
    expect(beobachtungenAusAntworten([antwort('beirat', 'ja', { antwortet: 'Dritte' })])).toEqual([]);
  });

  it('names the origin and keeps the answer’s source and line', () => {
    const a = antwort('beirat', 'nein', { anmerkung: 'Beirat 2025 aufgelöst' });
    const [b] = beobachtungenAusAntworten([a]);
    expect(herkunftVon(b!)).toEqual({
      art: 'selbstauskunft',
      text: 'Selbstauskunft der Verwaltung vom 02.11.2026',
      datei: 'data/musterabfrage/antworten.csv',
      zeile: a.zeile,
    });
    expect(b?.daten).toMatchObject({
      quelle_url: 'https://example.org/pr/1',
      anmerkung: 'Antwort „nein“ in der Musterabfrage. Beirat 2025 aufgelöst',
    });
    expect(herkunftVon(strukturZeile('13075039', 'vorhanden', '2024'))).toBeUndefined();
  });
});

describe('alleBeobachtungen', () => {
  const g = TEST_REGISTER.get('13075039')!;
  it('lets the newest observation win, whatever its origin', () => {
    const aelter = alleBeobachtungen([strukturZeile('13075039', 'vorhanden', '2027')], [antwort('beirat', 'nein')]);
    expect(bewerte(aelter, TEST_REGISTER, g, 'beirat').kategorie).toBe('vorhanden');
    const neuer = alleBeobachtungen([strukturZeile('13075039', 'vorhanden', '2025')], [antwort('beirat', 'nein')]);
    expect(bewerte(neuer, TEST_REGISTER, g, 'beirat').kategorie).toBe('nein');
  });

  it('on the same Stand, the Verwaltung’s answer wins over the table row', () => {
    const gleich = alleBeobachtungen(
      [strukturZeile('13075039', 'vorhanden', '2026-11-02')],
      [antwort('beirat', 'teilweise')],
    );
    expect(bewerte(gleich, TEST_REGISTER, g, 'beirat').kategorie).toBe('geplant');
  });

  it('turns an unknown Gebiet into a known one', () => {
    expect(bewerte(alleBeobachtungen([], []), TEST_REGISTER, g, 'konzept').kategorie).toBe('unbekannt');
    expect(bewerte(alleBeobachtungen([], [antwort('konzept', 'ja')]), TEST_REGISTER, g, 'konzept').kategorie).toBe(
      'vorhanden',
    );
  });
});
