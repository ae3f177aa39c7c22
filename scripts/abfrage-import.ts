// npm run abfrage:import -- <datei.csv> [--quelle URL] [--korrektur] [--daten VERZEICHNIS]
// Checks a returned Musterabfrage file and merges it into data/musterabfrage/antworten.csv.
// Problems are printed as <datei>:<zeile>:<spalte>: … like `npm run check`; then nothing changes.
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { quelle: { type: 'string' }, korrektur: { type: 'boolean' }, daten: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error(
    'Aufruf: npm run abfrage:import -- <datei.csv> [--quelle URL des Pull Requests oder der Antwort] [--korrektur]',
  );
  process.exit(2);
}
// The data directory is read when the loaders are imported, so set it before.
if (values.daten) process.env.DATEN_VERZEICHNIS = values.daten;
const { formatiereFehler } = await import('../src/lib/csv/fehler.ts');
const { pruefeUrl } = await import('../src/lib/schema/werte.ts');
const { importiereRueckmeldung } = await import('../src/lib/laden/abfrage.ts');

if (values.quelle !== undefined) {
  const r = pruefeUrl(values.quelle.trim());
  if (!r.ok) {
    console.error(`--quelle: ${r.meldung} (got "${values.quelle}", expected ${r.erwartet})`);
    process.exit(2);
  }
}
const ergebnis = importiereRueckmeldung(positionals[0]!, {
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
for (const zeile of ergebnis.bericht) console.log(zeile);
