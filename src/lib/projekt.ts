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
  /** Address for returns of the Musterabfrage by e-mail; set KONTAKT_EMAIL at build time. Until then the pages say it is not set up. */
  email: process.env.KONTAKT_EMAIL,
  /** Licence of the curated data. */
  datenlizenz: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.de', spdx: 'CC-BY-4.0' },
  /** Licence of geometry and official statistics. */
  amtlicheLizenz: { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0', url: 'https://www.govdata.de/dl-de/by-2-0', spdx: 'DL-DE-BY-2.0' },
} as const;

/** GitHub's web-editor URL for a file of the repository, e.g. data/strukturen.csv. */
export function bearbeitenUrl(datei: string): string {
  return `${PROJEKT.repository}/edit/${PROJEKT.zweig}/${datei}`;
}

/** GitHub's upload page for a folder of the repository, e.g. rueckmeldungen/ for answer files. */
export function hochladenUrl(ordner: string): string {
  return `${PROJEKT.repository}/upload/${PROJEKT.zweig}/${ordner}`;
}
