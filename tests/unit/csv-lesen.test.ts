import { describe, expect, it } from 'vitest';
import { leseCsv } from '../../src/lib/csv/lesen.ts';
import { formatiereFehler } from '../../src/lib/csv/fehler.ts';
import { bytes } from '../hilfen/register.ts';

describe('leseCsv', () => {
  it('accepts a byte-order mark and CRLF line ends', () => {
    const r = leseCsv('data/t.csv', bytes('\uFEFFa,b\r\n1,2\r\n3,4\r\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tabelle.kopf).toEqual(['a', 'b']);
    expect(r.tabelle.zeilen).toEqual([
      { zeile: 2, felder: ['1', '2'] },
      { zeile: 3, felder: ['3', '4'] },
    ]);
  });

  it('counts physical lines across quoted line breaks and skips blank lines', () => {
    const r = leseCsv('data/t.csv', bytes('a,b\n"x\ny",2\n\n3,4\n'));
    expect(r.ok && r.tabelle.zeilen.map((z) => z.zeile)).toEqual([2, 5]);
    expect(r.ok && r.tabelle.zeilen[0]!.felder[0]).toBe('x\ny');
  });

  it('reports a semicolon-separated file in one line', () => {
    const r = leseCsv('data/t.csv', bytes('a;b;c\n1;2;3\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fehler).toHaveLength(1);
    expect(formatiereFehler(r.fehler[0]!)).toMatch(/^data\/t\.csv:1:1: Datei ist mit Semikolon getrennt.*CSV UTF-8/);
  });

  it('reports a Windows-1252 file in one line, with the line of the first bad byte', () => {
    const cp1252 = Uint8Array.from([...bytes('name,ort\nA,Rostock\nB,G'), 0xfc, ...bytes('strow\n')]);
    const r = leseCsv('data/t.csv', cp1252);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fehler).toHaveLength(1);
    expect(formatiereFehler(r.fehler[0]!)).toBe(
      'data/t.csv:3:1: Datei ist nicht UTF-8-kodiert (Windows-1252 oder mit Excel als „CSV (Trennzeichen-getrennt)“ ' +
        'gespeichert? Bitte als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern) (got "Byte 0xFC", expected UTF-8)',
    );
  });

  it('rejects an empty file', () => {
    const r = leseCsv('data/t.csv', bytes(''));
    expect(r.ok).toBe(false);
  });
});
