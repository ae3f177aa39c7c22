// npm run check [-- --daten VERZEICHNIS]: validates every CSV and prints each problem as
// data/<datei>.csv:<zeile>:<spalte>: <was falsch ist> (got "…", expected …). Exit code 1 on any problem.
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { daten: { type: 'string' } } });
// The data directory is read when the loaders are imported, so set it before.
if (values.daten) process.env.DATEN_VERZEICHNIS = values.daten;
const { formatiereFehler } = await import('../src/lib/csv/fehler.ts');
const { pruefeAlles } = await import('../src/lib/laden/datenbestand.ts');

const { fehler, zeilen } = pruefeAlles();
if (fehler.length > 0) {
  for (const f of fehler) console.error(formatiereFehler(f));
  // On GitHub, the same messages become annotations on the lines of the pull request.
  if (process.env.GITHUB_ACTIONS === 'true') {
    for (const f of fehler) console.log(`::error file=${f.datei},line=${f.zeile},col=${f.spalte}::${formatiereFehler(f).replace(/%/g, '%25').replace(/\n/g, '%0A')}`);
  }
  console.error(`\n${fehler.length} Problem(e) gefunden. Nichts wurde gebaut oder geändert. Hilfe zu den Meldungen: CONTRIBUTING.md`);
  process.exit(1);
}
const summe = Object.values(zeilen).reduce((a, b) => a + b, 0);
console.log(`Daten in Ordnung: ${summe} Zeilen in ${Object.keys(zeilen).length} Tabellen (${Object.entries(zeilen).map(([d, n]) => `${d} ${n}`).join(', ')}).`);
