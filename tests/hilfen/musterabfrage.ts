import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FrageZeile } from '../../src/lib/schema/musterabfrage.ts';

/** A question row for unit tests; everything not given is a plain ja-nein question for all levels. */
export function frage(id: string, teil: Partial<FrageZeile> = {}): FrageZeile {
  return {
    id,
    thema: 'beirat',
    frage: `Frage ${id}?`,
    hilfe: undefined,
    antworttyp: 'ja-nein',
    optionen: [],
    einheit: undefined,
    ebenen: ['kreis', 'amt', 'gemeinde'],
    fassung: 'Entwurf',
    quelle_url: 'https://example.org/',
    quelle_titel: 'Q',
    ...teil,
  };
}

/** A small questionnaire with one question of every type. */
export const TEST_FRAGEN: FrageZeile[] = [
  frage('beirat', { ebenen: ['kreis', 'gemeinde'] }),
  frage('beirat-seit', { antworttyp: 'datum', ebenen: ['kreis', 'gemeinde'] }),
  frage('beirat-bildung', { antworttyp: 'auswahl', optionen: ['gewählt', 'berufen'], ebenen: ['kreis', 'gemeinde'] }),
  frage('stunden', { thema: 'beauftragte', antworttyp: 'zahl', einheit: 'Stunden pro Woche' }),
  frage('budget', { thema: 'foerderung', antworttyp: 'betrag' }),
  frage('kreis', {
    thema: 'verwaltung',
    antworttyp: 'auswahl',
    optionen: ['regelmäßig', 'keine'],
    ebenen: ['amt', 'gemeinde'],
  }),
  frage('anmerkungen', { thema: 'ergaenzungen', antworttyp: 'text' }),
];

/** A copy of data/ in a temporary directory, for runs of the import or the build against it. */
export function datenKopie(): string {
  const ziel = fs.mkdtempSync(path.join(os.tmpdir(), 'daten-abfrage-'));
  fs.cpSync('data', ziel, { recursive: true });
  return ziel;
}

/** Every file below a directory with its bytes, to prove that nothing changed. */
export function inhalt(verzeichnis: string): Record<string, string> {
  const ergebnis: Record<string, string> = {};
  for (const datei of fs.readdirSync(verzeichnis, { recursive: true, encoding: 'utf8' }).sort()) {
    const voll = path.join(verzeichnis, datei);
    if (fs.statSync(voll).isFile()) ergebnis[datei] = fs.readFileSync(voll).toString('base64');
  }
  return ergebnis;
}

/** `npm run abfrage:import` as a contributor runs it, against the given data directory. */
export function importiere(datei: string, daten: string, ...weitere: string[]) {
  return spawnSync(process.execPath, ['scripts/abfrage-import.ts', datei, '--daten', daten, ...weitere], {
    encoding: 'utf8',
  });
}

/** Writes text to a new temporary file and returns its path. */
export function tempDatei(name: string, inhalt: string | Uint8Array): string {
  const datei = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rueckmeldung-')), name);
  fs.writeFileSync(datei, inhalt);
  return datei;
}
