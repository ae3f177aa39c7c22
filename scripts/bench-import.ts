// node scripts/bench-import.ts <zeilen>: imports a return file of <zeilen> rows into a copy of data/ whose
// answers table already holds <zeilen> rows, and prints the seconds the import took. Used by `npm run bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvZeilen } from '../src/lib/csv/zeile.ts';
import { importiereRueckmeldung } from '../src/lib/laden/abfrage.ts';
import { ladeDatenbestand } from '../src/lib/laden/datenbestand.ts';
import { META_SPALTEN } from '../src/lib/musterabfrage/rueckmeldung.ts';
import { antwortendeGebiete } from '../src/lib/musterabfrage/vorlage.ts';

const anzahl = Number(process.argv[2] ?? 4000);
const QUELLE = 'https://example.org/messung';
// Gebiete that are asked the Beirat question: Kreise and Gemeinden.
const gemeinden = antwortendeGebiete(ladeDatenbestand().gebiete)
  .filter((a) => a.ebene !== 'amt')
  .map((a) => a.gebiet);

/** The i-th day after the law came into force: every (Gebiet, day) pair is used once. */
const tag = (i: number) => new Date(Date.UTC(2024, 3, 2) + i * 86_400_000).toISOString().slice(0, 10);
const gebietUndTag = (i: number) => ({ g: gemeinden[i % gemeinden.length]!, t: tag(Math.floor(i / gemeinden.length)) });

const daten = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
fs.cpSync('data', daten, { recursive: true });
const gespeichert = Array.from({ length: anzahl }, (_, i) => {
  const { g, t } = gebietUndTag(i);
  return [g.schluessel, 'beirat', 'ja', t, 'Verwaltung', QUELLE, 'Messung', ''];
});
const antworten = path.join(daten, 'musterabfrage', 'antworten.csv');
const kopf = fs.readFileSync(antworten, 'utf8').split('\n')[0]!.split(',');
fs.writeFileSync(antworten, csvZeilen(kopf, gespeichert));

// The return file answers on later days than the stored rows, so every row is new.
const datei = path.join(daten, 'rueckmeldung.csv');
const zeilen = Array.from({ length: anzahl }, (_, i) => {
  const { g, t } = gebietUndTag(i + anzahl);
  return [g.schluessel, g.name, t, 'Verwaltung', '', '', 'nein'];
});
fs.writeFileSync(datei, csvZeilen([...META_SPALTEN, 'beirat'], zeilen));

const start = performance.now();
const cpu = process.cpuUsage();
const ergebnis = importiereRueckmeldung(datei, daten, { quelle: QUELLE, heute: tag(2 * anzahl) });
const sekunden = (performance.now() - start) / 1000;
const { user, system } = process.cpuUsage(cpu);
fs.rmSync(daten, { recursive: true, force: true });
if (ergebnis.fehler.length > 0 || ergebnis.ergaenzt !== anzahl) {
  console.error(`Messung ungültig: ${ergebnis.fehler.length} Fehler, ${ergebnis.ergaenzt} ergänzt`);
  process.exit(1);
}
// Wall time and CPU time: on a shared machine the first depends on the load, the second hardly.
console.log(JSON.stringify({ sekunden, cpuSekunden: (user + system) / 1e6 }));
