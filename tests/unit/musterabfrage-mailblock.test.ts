import { describe, expect, it } from 'vitest';
import { ANFANG, ENDE, leseMailBloecke, mailBlock, pruefsumme } from '../../src/lib/musterabfrage/mailblock.ts';

const SPALTEN = new Set([
  'gebiet',
  'name',
  'stand',
  'antwortet',
  'quelle_url',
  'quelle_titel',
  'beirat',
  'anmerkungen',
]);
const ANMERKUNG =
  'Mehr Geld für Sprachmittlung, bitte. Wir wünschen uns außerdem eine feste Ansprechperson beim Landkreis ' +
  'für alle Fragen.';
const BLOCK = mailBlock([
  ['gebiet', '130755553'],
  ['name', 'Amt Anklam-Land'],
  ['stand', '2026-11-02'],
  ['antwortet', 'Verwaltung'],
  ['quelle_url', ''],
  ['beirat', 'ja'],
  ['anmerkungen', ANMERKUNG],
]);
const werte = (text: string) => {
  const r = leseMailBloecke(text, SPALTEN);
  return {
    probleme: r.probleme,
    bloecke: r.bloecke.map((b) => Object.fromEntries([...b.werte].map(([s, w]) => [s, w.wert]))),
  };
};
const ERWARTET = {
  gebiet: '130755553',
  name: 'Amt Anklam-Land',
  stand: '2026-11-02',
  antwortet: 'Verwaltung',
  beirat: 'ja',
  anmerkungen: ANMERKUNG,
};
const mail = (body: string, kopf = 'Subject: Musterabfrage Amt Anklam-Land (130755553)') =>
  `${kopf}\n\nGuten Tag,\n\n${body}\n\nGruß\n`;

describe('mail block', () => {
  it('writes frage: antwort lines between markers with a checksum, leaving out empty answers', () => {
    const zeilen = BLOCK.split('\n');
    expect(zeilen[0]).toBe(ANFANG);
    expect(zeilen.at(-1)).toBe(ENDE);
    expect(zeilen).not.toContain('quelle_url: ');
    expect(zeilen.at(-2)).toBe(`pruefsumme: ${pruefsumme(zeilen.slice(1, -2).join('\n'))}`);
  });

  it('reads an untouched block back, with the line number of each value in the mail', () => {
    const r = leseMailBloecke(mail(BLOCK), SPALTEN);
    expect(r.probleme).toEqual([]);
    expect(r.bloecke[0]?.zeile).toBe(5);
    expect(r.bloecke[0]?.werte.get('beirat')).toEqual({ wert: 'ja', zeile: 10 });
  });

  it('keeps line breaks and backslashes of an answer', () => {
    const text = 'Erste Zeile\nZweite \\ Zeile';
    const r = werte(
      mail(
        mailBlock([
          ['gebiet', '13003000'],
          ['anmerkungen', text],
        ]),
      ),
    );
    expect(r.bloecke[0]?.anmerkungen).toBe(text);
  });

  it('joins lines a mail program wrapped, with or without the trailing space of format=flowed', () => {
    const hart = BLOCK.replace('außerdem eine feste', 'außerdem eine\nfeste');
    const flowed = BLOCK.replace('außerdem eine feste', 'außerdem eine \nfeste');
    expect(werte(mail(hart))).toEqual({ probleme: [], bloecke: [ERWARTET] });
    expect(werte(mail(flowed))).toEqual({ probleme: [], bloecke: [ERWARTET] });
  });

  it('decodes quoted-printable with soft line breaks, and counts lines of the saved mail', () => {
    const qp = BLOCK.replace(/für/g, 'f=C3=BCr')
      .replace(/außerdem/g, 'au=C3=9Ferdem')
      .replace('Sprachmittlung, bitte.', 'Sprachmitt=\nlung, bitte.');
    const eml = mail(qp, 'Subject: Musterabfrage\nContent-Transfer-Encoding: quoted-printable');
    expect(werte(eml)).toEqual({ probleme: [], bloecke: [ERWARTET] });
    const gebiet = leseMailBloecke(eml, SPALTEN).bloecke[0]?.werte.get('anmerkungen')?.zeile;
    expect(eml.split('\n')[(gebiet ?? 0) - 1]).toMatch(/^anmerkungen: /);
  });

  it('strips "> " quoting of a forwarded or answered mail, also twice', () => {
    const zitiert = BLOCK.split('\n')
      .map((z) => `> ${z}`)
      .join('\n');
    const doppelt = BLOCK.split('\n')
      .map((z) => `>> ${z}`)
      .join('\n');
    expect(werte(mail(zitiert))).toEqual({ probleme: [], bloecke: [ERWARTET] });
    expect(werte(mail(doppelt))).toEqual({ probleme: [], bloecke: [ERWARTET] });
  });

  it('reports a missing checksum at the block and a wrong one at its line', () => {
    const ohne = BLOCK.split('\n')
      .filter((z) => !z.startsWith('pruefsumme'))
      .join('\n');
    expect(leseMailBloecke(mail(ohne), SPALTEN).probleme).toEqual([
      expect.objectContaining({ zeile: 5, meldung: 'Prüfsumme fehlt: der Block kann verändert sein' }),
    ]);
    const geaendert = BLOCK.replace('beirat: ja', 'beirat: nein');
    expect(leseMailBloecke(mail(geaendert), SPALTEN).probleme).toEqual([
      expect.objectContaining({ zeile: 12, meldung: 'Prüfsumme passt nicht: der Block wurde unterwegs verändert' }),
    ]);
  });

  it('reads two blocks in one mail, and counts a quoted copy of the same block once', () => {
    const zweiter = mailBlock([
      ['gebiet', '13003000'],
      ['stand', '2026-11-02'],
      ['beirat', 'nein'],
    ]);
    expect(werte(mail(`${BLOCK}\n\n${zweiter}`)).bloecke.map((b) => b.gebiet)).toEqual(['130755553', '13003000']);
    const antwort = `${BLOCK}\n\nAm 02.11. schrieben Sie:\n${BLOCK.split('\n')
      .map((z) => `> ${z}`)
      .join('\n')}`;
    expect(werte(mail(antwort)).bloecke).toHaveLength(1);
  });

  it('says where a block ends too early or is missing', () => {
    expect(leseMailBloecke(mail(BLOCK.replace(ENDE, '')), SPALTEN).probleme[0]).toMatchObject({
      zeile: 5,
      meldung: 'Ende des Antwortblocks fehlt',
    });
    expect(leseMailBloecke('Hallo', SPALTEN).probleme[0]?.meldung).toBe('kein Antwortblock in der Mail');
  });
});
