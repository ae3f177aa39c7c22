import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importiere } from '../hilfen/musterabfrage.ts';

// The fixture data of the shared variant (varianten.ts): today's data/ plus rows that tests need and
// that must never reach data/. Each addition is named here, so tests check exactly what was added.

/** Markup in a name and a note: pages must show it as characters (maskierung.test.ts). */
export const MARKUP_NAME = '<b>Fett</b> Beirat';
export const MARKUP_NOTIZ = '<script>document.title="gehackt"</script><img src="x" alt="bild">Notiz & „Zitat“';

/** The Musterabfrage answers that musterabfrage.test.ts imports from a filled template. */
export const ABFRAGE_PR = 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/5';
const ABFRAGE_ANTWORTEN: Record<string, Record<string, string>> = {
  '13003000': {
    stand: '2026-11-03',
    antwortet: 'Verwaltung',
    beirat: 'ja',
    'beirat-bildung': 'gewählt',
    'beauftragte-stunden': '40',
  },
  '13075': { stand: '2026-11-04', antwortet: 'Dritte', beirat: 'nein', 'beauftragte-stunden': 'unbekannt' },
};

/** A Kreis row with markup, so it shows on the Kreis page and as "auch für Sie zuständig" on its Gemeinden. */
function fuegeMarkupHinzu(daten: string): void {
  fs.appendFileSync(
    path.join(daten, 'strukturen.csv'),
    `13076,netzwerk,vorhanden,${MARKUP_NAME},,,2024,https://example.org/quelle,Quelle <i>kursiv</i>,` +
      `"${MARKUP_NOTIZ.replaceAll('"', '""')}"\n`,
  );
}

/** The Kreis template as the site offers it, filled in for two Gebiete, through the real import. */
function importiereAbfrage(daten: string, dist: string): { stdout: string; stderr: string } {
  const vorlage = fs.readFileSync(path.join(dist, 'musterabfrage', 'vorlage-kreise.csv'), 'utf8');
  const [kopf = '', ...zeilen] = vorlage.replace('\uFEFF', '').trimEnd().split('\n');
  const spalten = kopf.split(',');
  const ausgefuellt = zeilen.map((zeile) => {
    const felder = zeile.split(',');
    const werte = ABFRAGE_ANTWORTEN[felder[0] ?? ''] ?? {};
    for (const [spalte, wert] of Object.entries(werte)) felder[spalten.indexOf(spalte)] = wert;
    return felder.join(',');
  });
  const datei = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vorlage-')), 'kreise.csv');
  fs.writeFileSync(datei, `${[kopf, ...ausgefuellt].join('\n')}\n`);
  const { stdout, stderr } = importiere(datei, daten, '--quelle', ABFRAGE_PR);
  return { stdout, stderr };
}

/** Adds all fixture rows to a copy of data/; `dist` is the production build, for the templates it serves. */
export function bereitePruefdatenVor(daten: string, dist: string): { stdout: string; stderr: string } {
  fuegeMarkupHinzu(daten);
  return importiereAbfrage(daten, dist);
}
