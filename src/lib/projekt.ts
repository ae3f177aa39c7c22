/**
 * Facts about the project itself, in one place. The publisher fills in the placeholders; a build
 * can override the repository with REPOSITORY_URL (e.g. for a fork).
 */
export const PROJEKT = {
  name: 'Integrationsatlas MV',
  /** GitHub repository: source of "Daten ergänzen oder korrigieren" links. Placeholder until published. */
  repository: process.env.REPOSITORY_URL ?? 'https://github.com/integrationsatlas-mv/integrationsatlas-mv',
  /** Branch the edit links point to. */
  zweig: 'main',
  /** Licence of the curated data. */
  datenlizenz: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de', spdx: 'CC-BY-4.0' },
  /** Licence of geometry and official statistics. */
  amtlicheLizenz: {
    name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
    spdx: 'DL-DE-BY-2.0',
  },
} as const;

/** GitHub's web-editor URL for a file of the repository, e.g. data/strukturen.csv. */
export function bearbeitenUrl(datei: string): string {
  return `${PROJEKT.repository}/edit/${PROJEKT.zweig}/${datei}`;
}

/** The file on GitHub, optionally at a line, e.g. for "Zeile 5 in data/intg-aussagen.csv". */
export function dateiUrl(datei: string, zeile?: number): string {
  return `${PROJEKT.repository}/blob/${PROJEKT.zweig}/${datei}${zeile === undefined ? '' : `#L${zeile}`}`;
}

/** One commit on GitHub, for the changelog of the data. */
export function commitUrl(hash: string): string {
  return `${PROJEKT.repository}/commit/${hash}`;
}

/** A pull request of the repository, e.g. the one a data change came in with. */
export function pullRequestUrl(nummer: number): string {
  return `${PROJEKT.repository}/pull/${nummer}`;
}

/**
 * What the publisher fills in before the site goes live. Every field left out is shown as a
 * visible "Platzhalter" on /ueber/ and /barrierefreiheit/, never silently as empty.
 */
export interface Impressum {
  /** Name of the person or organisation that publishes the site. */
  herausgeber?: string;
  /** Postal address (Impressum). */
  anschrift?: string;
  /** Contact e-mail address. */
  email?: string;
  /** Person responsible for the content. */
  verantwortlich?: string;
  /** Who funds and supports the project, and that it decides its content alone. */
  unabhaengigkeit?: string;
  /** What the web host logs when pages are requested (privacy notice). */
  hosting?: string;
  /** Whether the publisher is a public body bound by BITV 2.0 / BITVO M-V. */
  oeffentlicheStelle?: string;
  /** Where to complain about accessibility if the publisher does not answer (enforcement procedure). */
  durchsetzung?: string;
  /** Contact for accessibility feedback (e-mail or form); falls back to `email`. */
  barrierefreiheitKontakt?: string;
}

export const IMPRESSUM: Impressum = {};

/** GitHub's upload page for a folder of the repository, e.g. rueckmeldungen/ for answer files. */
export function hochladenUrl(ordner: string): string {
  return `${PROJEKT.repository}/upload/${PROJEKT.zweig}/${ordner}`;
}

/**
 * The Musterabfrage campaign: who sends the letters, where answers by e-mail go, and until when.
 * Every field left out is a visible "Platzhalter" on the letters and the form, and named in the
 * one warning line of `npm run build` (offenePlatzhalter).
 */
export interface Kampagne {
  /** Address the answers by e-mail are sent to; also the mailto: of the form. */
  email?: string;
  /** Organisation that sends the letters and publishes the answers (no personal names). */
  absender?: string;
  /** Postal address of the sender for the letter head, lines separated by ", ". */
  absenderAnschrift?: string;
  /** Deadline for answers, JJJJ-MM-TT. */
  frist?: string;
}

export const KAMPAGNE: Kampagne = {};

/** The fields still empty, as "KAMPAGNE.email", for the build's warning line. */
export function offenePlatzhalter(kampagne: Kampagne = KAMPAGNE, impressum: Impressum = IMPRESSUM): string[] {
  const felder = (name: string, objekt: object, schluessel: readonly string[]) =>
    schluessel.filter((s) => !(objekt as Record<string, unknown>)[s]).map((s) => `${name}.${s}`);
  return [
    ...felder('KAMPAGNE', kampagne, ['email', 'absender', 'absenderAnschrift', 'frist']),
    ...felder('IMPRESSUM', impressum, ['herausgeber', 'anschrift', 'email', 'verantwortlich']),
  ];
}
