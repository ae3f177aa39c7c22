// npm run check [-- --daten VERZEICHNIS]: validates every CSV and prints each problem as
// data/<datei>.csv:<zeile>:<spalte>: <was falsch ist> (got "…", expected …). Exit code 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatiereFehler } from '../src/lib/csv/fehler.ts';
import { githubAnnotation, githubZusammenfassung } from '../src/lib/csv/github.ts';
import { pruefeAlles } from '../src/lib/laden/datenbestand.ts';
import { datenAusUmgebung } from '../src/lib/laden/pfade.ts';

const { values } = parseArgs({ options: { daten: { type: 'string' } } });
// `npm run build` checks the same directory that Astro will build from (DATEN_VERZEICHNIS, if set).
const { fehler, zeilen } = pruefeAlles(values.daten ? path.resolve(values.daten) : datenAusUmgebung());
// On GitHub, the result also goes into the job summary of the pull request's checks.
if (process.env.GITHUB_STEP_SUMMARY)
  fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubZusammenfassung(fehler, zeilen));
if (fehler.length > 0) {
  for (const f of fehler) console.error(formatiereFehler(f));
  // On GitHub, the same problems become annotations on the lines of the pull request.
  if (process.env.GITHUB_ACTIONS === 'true') for (const f of fehler) console.log(githubAnnotation(f));
  console.error(
    `\n${fehler.length} Problem(e) gefunden. Nichts wurde gebaut oder geändert. Hilfe zu den Meldungen: ` +
      `CONTRIBUTING.md`,
  );
  process.exit(1);
}
const summe = Object.values(zeilen).reduce((a, b) => a + b, 0);
console.log(
  `Daten in Ordnung: ${summe} Zeilen in ${Object.keys(zeilen).length} Tabellen (${Object.entries(zeilen)
    .map(([d, n]) => `${d} ${n}`)
    .join(', ')}).`,
);
