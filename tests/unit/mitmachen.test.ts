import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every message the validator can print is explained in CONTRIBUTING.md. The messages are read
// from the source (each `meldung:`/`message:` literal), so a new message without explanation fails here.

function tsDateien(ordner: string): string[] {
  return fs.readdirSync(ordner, { withFileTypes: true }).flatMap((e) => {
    const voll = path.join(ordner, e.name);
    return e.isDirectory() ? tsDateien(voll) : voll.endsWith('.ts') ? [voll] : [];
  });
}

/** The fixed core of a message literal: its longest part without ${…}, cut before hints and details. */
function kern(literal: string): string {
  const teile = literal.split(/\$\{[^}]*\}/);
  const laengster = teile.reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '');
  return laengster
    .split(/ \(|: |, /)[0]!
    .replace(/[„“;]/g, '')
    .trim();
}

function meldungenIn(quelltext: string): string[] {
  const meldungen: string[] = [];
  for (const zeile of quelltext.split('\n')) {
    const m = /\b(?:meldung|message):\s*(.*)$/.exec(zeile);
    if (!m) continue;
    const ausdruck = m[1]!.split(/,\s*(?:gefunden|erwartet|params)\b/)[0]!;
    for (const l of ausdruck.matchAll(/'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
      const k = kern(l[1] ?? l[2]!);
      if (k.length >= 6) meldungen.push(k);
    }
  }
  return meldungen;
}

describe('CONTRIBUTING.md', () => {
  const anleitung = fs.readFileSync('CONTRIBUTING.md', 'utf8');
  const meldungen = [...new Set(tsDateien('src/lib').flatMap((d) => meldungenIn(fs.readFileSync(d, 'utf8'))))];

  it('finds the validator’s messages in the source', () => {
    expect(meldungen).toEqual(
      expect.arrayContaining([
        'Pflichtwert fehlt',
        'Wert nicht im Vokabular',
        'doppelte Beobachtung',
        'Datei ist mit Semikolon getrennt',
      ]),
    );
    expect(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is source code that contains a template.
      meldungenIn("return { ok: false, meldung: `Spalte „${x}“ ist seltsam (Hinweis)`, erwartet: 'etwas anderes' };"),
    ).toEqual(['ist seltsam']);
  });

  it('explains every message the validator can print', () => {
    expect(meldungen.filter((m) => !anleitung.includes(m))).toEqual([]);
  });
});
