import { describe, expect, it } from 'vitest';
import { parse } from 'papaparse';
import { alleAnschreiben, serienbriefCsv } from '../../src/lib/musterabfrage/anschreiben.ts';
import { alleBeobachtungen } from '../../src/lib/musterabfrage/beobachtungen.ts';
import { fragDenStaatSuche, ifgAnfrageText } from '../../src/lib/musterabfrage/ifg.ts';
import type { AntwortZeile } from '../../src/lib/schema/musterabfrage.ts';
import { frage } from '../hilfen/musterabfrage.ts';
import { TEST_GEBIETE, TEST_REGISTER } from '../hilfen/register.ts';
import { strukturZeile } from '../hilfen/zeilen.ts';

const FRAGEN = [
  frage('beirat', { ebenen: ['kreis', 'gemeinde'] }),
  frage('konzept', { thema: 'konzept', ebenen: ['kreis', 'amt', 'gemeinde'] }),
];
const antwort = {
  zeile: 2,
  daten: {
    gebiet: '13075039',
    frage: 'beirat',
    antwort: 'ja',
    stand: '2026-11-02',
    antwortet: 'Verwaltung',
    quelle_url: 'https://example.org/pr/1',
    quelle_titel: 'Antwort per E-Mail',
    anmerkung: undefined,
  } as AntwortZeile,
};
const briefe = alleAnschreiben({
  gebiete: TEST_GEBIETE,
  register: TEST_REGISTER,
  beobachtungen: alleBeobachtungen([strukturZeile('13075', 'vorhanden', '2024', 'konzept')], [antwort]),
  fragen: FRAGEN,
  anschriften: [
    {
      zeile: 2,
      daten: {
        gebiet: '130755553',
        anschrift: 'Musterweg 1, 17000 Musterort',
        stand: '2026-01-01',
        quelle_url: 'https://example.org/a',
        quelle_titel: 'A',
      },
    },
  ],
});
const brief = (s: string) => briefe.find((b) => b.gebiet.schluessel === s);

describe('alleAnschreiben', () => {
  it('writes to every Gebiet that answers for itself, never to the Land or a twin unit', () => {
    const schluessel = briefe.map((b) => b.gebiet.schluessel);
    expect(schluessel).not.toContain('13');
    expect(schluessel).not.toContain('13003');
    expect(schluessel).not.toContain('130750039');
    expect(brief('13003000')).toMatchObject({ ebene: 'kreis', kreis: '13003', empfaenger: ['Stadt Rostock'] });
  });

  it('names the recipient from the register, with the Amt for an amtsangehörige Gemeinde, and the address', () => {
    const amtsangehoerig = briefe.find((b) => b.gebiet.art === 'amtsangehörig');
    expect(amtsangehoerig?.empfaenger).toEqual([
      `Gemeinde ${amtsangehoerig?.gebiet.name}`,
      `über das Amt ${TEST_REGISTER.get(amtsangehoerig?.gebiet.amt ?? '')?.name}`,
    ]);
    expect(brief('130755553')?.anschrift?.anschrift).toBe('Musterweg 1, 17000 Musterort');
    expect(brief('13075039')?.anschrift).toBeUndefined();
  });

  it('says what is known per structure asked at the level, with the Selbstauskunft as such', () => {
    expect(brief('13075039')?.bekannt.map((b) => [b.typ, b.kategorie, b.herkunft?.text ?? null])).toEqual([
      ['beirat', 'vorhanden', 'Selbstauskunft der Verwaltung vom 02.11.2026'],
      ['konzept', 'ueber', null],
    ]);
    // The Beirat question is not put to Ämter.
    expect(brief('130755553')?.bekannt.map((b) => b.typ)).toEqual(['konzept']);
    expect(brief('130755553')?.themen.flatMap((t) => t.fragen.map((n) => n.frage.id))).toEqual(['konzept']);
  });

  it('lists every letter in the mail-merge CSV with its personal link', () => {
    const csv = parse<Record<string, string>>(serienbriefCsv(briefe, 'https://example.org/atlas/', '2027-01-31'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(csv).toHaveLength(briefe.length);
    expect(csv.find((z) => z.schluessel === '130755553')).toEqual({
      schluessel: '130755553',
      ebene: 'amt',
      empfaenger: 'Amt Landhagen',
      empfaenger_zusatz: '',
      anschrift: 'Musterweg 1, 17000 Musterort',
      link: 'https://example.org/atlas/musterabfrage/antworten/?gebiet=130755553',
      anschreiben: 'https://example.org/atlas/musterabfrage/anschreiben/130755553/',
      frist: '2027-01-31',
    });
  });
});

describe('IFG request and FragDenStaat', () => {
  it('asks for the information behind each question and links a search, not a request', () => {
    const text = ifgAnfrageText('Amt Landhagen', FRAGEN);
    expect(text).toContain('Informationsfreiheitsgesetz Mecklenburg-Vorpommern (IFG M-V)');
    expect(text).toContain('bei der Verwaltung Amt Landhagen');
    expect(text).toContain('2. Frage konzept?');
    expect(fragDenStaatSuche('Gemeinde Süderholz')).toBe(
      'https://fragdenstaat.de/behoerden/?q=Gemeinde%20S%C3%BCderholz',
    );
  });
});
