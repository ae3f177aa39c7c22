/**
 * When a Kommune does not answer: a request under the Informationsfreiheitsgesetz M-V that anyone
 * can send, and a link to look the authority up on FragDenStaat. The text names the law and asks;
 * it states no deadline, fee or paragraph, because those are not checked here.
 */
import type { FrageZeile } from '../schema/musterabfrage.ts';

/** FragDenStaat's search for an authority by name; a plain link, no request is made at build time. */
export function fragDenStaatSuche(behoerde: string): string {
  return `https://fragdenstaat.de/behoerden/?q=${encodeURIComponent(behoerde)}`;
}

export function ifgAnfrageText(empfaenger: string, fragen: readonly FrageZeile[]): string {
  return [
    'Antrag auf Zugang zu Informationen nach dem Informationsfreiheitsgesetz Mecklenburg-Vorpommern (IFG M-V)',
    '',
    'Sehr geehrte Damen und Herren,',
    '',
    `hiermit beantrage ich nach dem IFG M-V Zugang zu den bei der Verwaltung ${empfaenger} vorhandenen ` +
      'Informationen (etwa Beschlüsse, Satzungen, Haushaltspläne, Berichte), aus denen die Antworten auf ' +
      'folgende Fragen hervorgehen:',
    '',
    ...fragen.map((f, i) => `${i + 1}. ${f.frage}`),
    '',
    'Sollte die Auskunft Kosten verursachen, bitte ich vorab um Mitteilung ihrer voraussichtlichen Höhe. ' +
      'Eine Antwort per E-Mail genügt.',
    '',
    'Mit freundlichen Grüßen',
  ].join('\n');
}
