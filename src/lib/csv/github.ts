import { type Fehler, sichtbar } from './fehler.ts';

/**
 * Validation problems as GitHub Actions shows them on a pull request: one annotation per problem
 * at the line of the changed CSV, and a table for the job summary. Plain German, with the help page.
 * Workflow command syntax: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

export const HILFE = 'CONTRIBUTING.md, Abschnitt „Was die Prüfung kontrolliert“';

/** Escapes the message part of a workflow command. */
const daten = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property value (file, title): additionally ":" and ",". */
const eigenschaft = (s: string) => daten(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One problem in words: what is wrong, what was found, what would be right. */
export function fehlerText(f: Fehler): string {
  const teile = [f.meldung];
  if (f.gefunden !== undefined) teile.push(`Gefunden: „${sichtbar(f.gefunden)}“`);
  if (f.erwartet !== undefined) teile.push(`Erwartet: ${f.erwartet}`);
  return teile.join('. ');
}

/** `::error file=…,line=…,col=…,title=…::…`, shown by GitHub directly at the line in the pull request. */
export function githubAnnotation(f: Fehler): string {
  const titel = eigenschaft(`Datenprüfung, Spalte ${f.spalte}`);
  const ort = `file=${eigenschaft(f.datei)},line=${f.zeile},col=${f.spalte},title=${titel}`;
  return `::error ${ort}::${daten(`${fehlerText(f)}. Hilfe: ${HILFE}`)}`;
}

const zelle = (s: string | undefined) => (s === undefined || s === '' ? '–' : sichtbar(s).replace(/\|/g, '\\|'));

/** Markdown for the job summary ($GITHUB_STEP_SUMMARY): all problems in one table, or the all-clear. */
export function githubZusammenfassung(fehler: readonly Fehler[], zeilen: Record<string, number>): string {
  if (fehler.length === 0) {
    const summe = Object.values(zeilen).reduce((a, b) => a + b, 0);
    return `## Datenprüfung: alles in Ordnung\n\n${summe} Zeilen in ${Object.keys(zeilen).length} Tabellen geprüft.\n`;
  }
  const kopf = [
    `## Datenprüfung: ${fehler.length} ${fehler.length === 1 ? 'Problem' : 'Probleme'}`,
    '',
    'Nichts wird veröffentlicht, bis alle behoben sind. Jede Zeile steht auch als Hinweis direkt an der Datei im ' +
      'Pull Request.',
    '',
    '| Datei | Zeile | Spalte | Problem | Gefunden | Erwartet |',
    '|---|---|---|---|---|---|',
  ];
  const reihen = fehler.map(
    (f) =>
      `| ${zelle(f.datei)} | ${f.zeile} | ${f.spalte} | ${zelle(f.meldung)} | ${zelle(f.gefunden)} | ` +
      `${zelle(f.erwartet)} |`,
  );
  return [...kopf, ...reihen, '', `Was die Meldungen bedeuten: ${HILFE}.`, ''].join('\n');
}
