// npm run abfrage:import -- <datei.csv|mail.eml|mail.txt> [--quelle URL] [--korrektur] [--daten VERZEICHNIS]
// Checks a returned Musterabfrage file and merges it into data/musterabfrage/antworten.csv.
// Problems are printed as <datei>:<zeile>:<spalte>: … like `npm run check`; then nothing changes.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatiereFehler, sichereZeile, sichtbar } from '../src/lib/csv/fehler.ts';
import { importiereRueckmeldung } from '../src/lib/laden/abfrage.ts';
import { datenAusUmgebung } from '../src/lib/laden/pfade.ts';
import { pruefeUrl } from '../src/lib/schema/werte.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quelle: { type: 'string' }, korrektur: { type: 'boolean' }, daten: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(
    'Aufruf: npm run abfrage:import -- <datei.csv oder gespeicherte Mail .eml/.txt> ' +
      '[--quelle URL des Pull Requests oder der Antwort] [--korrektur]',
  );
  process.exit(2);
}

if (values.quelle !== undefined) {
  const r = pruefeUrl(values.quelle.trim());
  if (!r.ok) {
    console.error(sichereZeile(`--quelle: ${r.meldung} (got "${sichtbar(values.quelle)}", expected ${r.erwartet})`));
    process.exit(2);
  }
}
const daten = values.daten ? path.resolve(values.daten) : datenAusUmgebung();
const ergebnis = importiereRueckmeldung(positionals[0]!, daten, {
  quelle: values.quelle?.trim(),
  korrektur: values.korrektur,
});
if (ergebnis.fehler.length > 0) {
  for (const f of ergebnis.fehler) console.error(formatiereFehler(f));
  console.error(
    `\n${ergebnis.fehler.length} Problem(e) gefunden. Nichts wurde geändert. Hilfe: CONTRIBUTING.md, Abschnitt ` +
      `Musterabfrage`,
  );
  process.exit(1);
}
// Answers are free text: a line break in one must not start a new line of output (or a workflow command).
for (const zeile of ergebnis.bericht) console.log(sichereZeile(zeile));
