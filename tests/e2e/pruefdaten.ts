import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { importiere } from '../hilfen/musterabfrage.ts';
import { starteBrowser } from './chromium.ts';

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

/**
 * Gemeinden placed inside the Beirat rule's borderline band by the fixture data, one above and one below
 * the threshold, whatever today's population figures and threshold are (Grevesmühlen, Demmin).
 */
export const GRENZFAELLE = ['13074026', '13071029'] as const;
/** A Gemeinde about which the fixture data know nothing: no row for it, its Amt, nor an existing Kreis structure. */
export const OHNE_DATEN = { gemeinde: '13073001', amt: '130735361', kreis: '13073' } as const;

type Zeilen = Record<string, string>[];

function lies(daten: string, datei: string): { kopf: string[]; zeilen: Zeilen } {
  const text = fs.readFileSync(path.join(daten, datei), 'utf8');
  const ergebnis = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  return { kopf: ergebnis.meta.fields ?? [], zeilen: ergebnis.data };
}

function schreibe(daten: string, datei: string, kopf: string[], zeilen: Zeilen): void {
  fs.writeFileSync(path.join(daten, datei), `${Papa.unparse(zeilen, { columns: kopf, newline: '\n' })}\n`);
}

/** Leaves out every row about the Gemeinde and its Amt, and every existing structure of its Kreis. */
function entferneGebiet(daten: string): void {
  const { gemeinde, amt, kreis } = OHNE_DATEN;
  for (const datei of ['strukturen.csv', 'einwohner.csv', 'fonds-bewilligungen.csv']) {
    const { kopf, zeilen } = lies(daten, datei);
    const bleibt = (z: Record<string, string>) =>
      z.gebiet !== gemeinde && z.gebiet !== amt && !(z.gebiet === kreis && z.status === 'vorhanden');
    schreibe(daten, datei, kopf, zeilen.filter(bleibt));
  }
}

/**
 * Gives the Beirat rule a borderline band (keeping the one in the data, if any) and unverified wording, and
 * the two Gemeinden populations inside the band; returns those populations.
 */
function setzeGrenzfaelle(daten: string): Record<string, number> {
  const aussagen = lies(daten, 'intg-aussagen.csv');
  const regel = aussagen.zeilen.find((z) => z.id === 'beirat-gemeinden');
  if (!regel?.einwohner_ueber) throw new Error('intg-aussagen.csv: beirat-gemeinden ohne einwohner_ueber');
  regel.grenzbereich_prozent ||= '5';
  regel.wortlaut_geprueft = 'nein';
  schreibe(daten, 'intg-aussagen.csv', aussagen.kopf, aussagen.zeilen);
  const schwelle = Number(regel.einwohner_ueber);
  const halbesBand = Number(regel.grenzbereich_prozent) / 200;
  const werte = {
    [GRENZFAELLE[0]]: Math.round(schwelle * (1 + halbesBand)),
    [GRENZFAELLE[1]]: Math.round(schwelle * (1 - halbesBand)),
  };
  const einwohner = lies(daten, 'einwohner.csv');
  const neu = Object.entries(werte).map(([gebiet, zahl]) => ({
    gebiet,
    einwohner: String(zahl),
    stichtag: '2024-12-31',
    quelle_url: 'https://example.org/pruefdaten',
    quelle_titel: 'Prüfdaten',
    anmerkung: '',
  }));
  const bleibt = einwohner.zeilen.filter((z) => !(z.gebiet && z.gebiet in werte));
  schreibe(daten, 'einwohner.csv', einwohner.kopf, [...bleibt, ...neu]);
  return werte;
}

/**
 * The campaign end to end (kampagne.test.ts): from its letter's personal link, an Amt answers by mail (the
 * mailto: body saved as a text file) and a Gemeinde by CSV download; both go through the real import.
 */
export const KAMPAGNE = {
  amt: '130755553',
  gemeinde: '13075142',
  pr: 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/9',
} as const;

export interface Kampagne {
  /** The Gebiet the form had chosen after each personal link: Amt, then Gemeinde. */
  vorbelegt: string[];
  /** The form's default "Stand: Tag der Antwort". */
  stand: string;
  /** The mailto: link's scheme and subject. */
  mail: { protokoll: string; betreff: string | null };
  perMail: { stdout: string; stderr: string };
  perCsv: { stdout: string; stderr: string };
}

const frage = (seite: Page, nummer: number) => seite.getByRole('group', { name: new RegExp(`^${nummer}\\. `) });

/** Opens a letter of the production build and follows its personal link (absolute to SITE_URL) locally. */
async function vomAnschreibenZumFormular(seite: Page, basis: string, schluessel: string) {
  await seite.goto(`${basis}/musterabfrage/anschreiben/${schluessel}/`);
  const link = new URL((await seite.locator('[data-persoenlicher-link]').getAttribute('href')) ?? '');
  await seite.goto(basis + link.pathname + link.search);
  const vorbelegt = await seite.getByLabel('Gebiet', { exact: true }).inputValue();
  await seite.getByRole('radio', { name: /^Verwaltung:/ }).check();
  return { vorbelegt, stand: await seite.getByLabel('Stand: Tag der Antwort').inputValue() };
}

/** Answers the campaign in Chromium on the production build at `basis` and imports both answers into `daten`. */
async function spieleKampagne(daten: string, basis: string): Promise<Kampagne> {
  const ordner = fs.mkdtempSync(path.join(os.tmpdir(), 'kampagne-'));
  const browser = await starteBrowser();
  try {
    const kontext = await browser.newContext({ acceptDownloads: true, bypassCSP: true });
    const seite = await kontext.newPage();
    // Mail: the Amt says it has an Integrationskonzept, decided in 2022.
    const amt = await vomAnschreibenZumFormular(seite, basis, KAMPAGNE.amt);
    await frage(seite, 9).getByRole('radio', { name: 'ja', exact: true }).check();
    await frage(seite, 10).getByLabel('Datum').fill('2022');
    await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();
    const mailto = new URL((await seite.locator('#mail-senden').getAttribute('href')) ?? '');
    const mail = path.join(ordner, 'antwort.txt');
    fs.writeFileSync(mail, `Subject: ${mailto.searchParams.get('subject')}\n\n${mailto.searchParams.get('body')}`);
    // CSV: a Gemeinde says its Beirat is decided but not yet formed ("teilweise").
    const gemeinde = await vomAnschreibenZumFormular(seite, basis, KAMPAGNE.gemeinde);
    await frage(seite, 1).getByRole('radio', { name: 'teilweise', exact: true }).check();
    await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();
    const [download] = await Promise.all([seite.waitForEvent('download'), seite.locator('#herunterladen').click()]);
    const csv = path.join(ordner, 'antwort.csv');
    await download.saveAs(csv);
    const { stdout: a, stderr: b } = importiere(mail, daten, '--quelle', KAMPAGNE.pr);
    const { stdout: c, stderr: d } = importiere(csv, daten, '--quelle', `${KAMPAGNE.pr}0`);
    return {
      vorbelegt: [amt.vorbelegt, gemeinde.vorbelegt],
      stand: amt.stand,
      mail: { protokoll: mailto.protocol, betreff: mailto.searchParams.get('subject') },
      perMail: { stdout: a, stderr: b },
      perCsv: { stdout: c, stderr: d },
    };
  } finally {
    await browser.close();
  }
}

/** What preparing the fixture data did, for the tests to check against. */
export interface Vorbereitung {
  /** What the Musterabfrage import printed. */
  import: { stdout: string; stderr: string };
  /** The population of each Gemeinde in GRENZFAELLE. */
  grenzfaelle: Record<string, number>;
  kampagne: Kampagne;
}

/**
 * Adds all fixture rows to a copy of data/; `dist` is the production build, for the templates it serves, and
 * `basis` its local address, where the campaign is answered in the browser.
 */
export async function bereitePruefdatenVor(daten: string, dist: string, basis: string): Promise<Vorbereitung> {
  fuegeMarkupHinzu(daten);
  entferneGebiet(daten);
  const grenzfaelle = setzeGrenzfaelle(daten);
  const abfrage = importiereAbfrage(daten, dist);
  return { import: abfrage, grenzfaelle, kampagne: await spieleKampagne(daten, basis) };
}
