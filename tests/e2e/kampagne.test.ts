import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { datumDeutsch } from '../../src/lib/darstellung/format.ts';
import { datenKopie, importiere } from '../hilfen/musterabfrage.ts';
import { browserJeDatei } from './browser.ts';
import { starteServer } from './server.ts';
import { baueSeite } from './varianten.ts';

// The campaign end to end, on a copy of the data: letter → personal link → prefilled form → answers,
// once by mail (the mailto: body saved as a text file) and once as CSV → abfrage:import → rebuild →
// the answers are observations with their origin on the page, in the twin and on the map.
const browser = browserJeDatei();
const PR = 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/9';
const AMT = '130755553';
const GEMEINDE = '13075142';
const frage = (seite: Page, nummer: number) => seite.getByRole('group', { name: new RegExp(`^${nummer}\\. `) });

/** Opens a letter and follows its personal link (absolute to SITE_URL) on the local server. */
async function vomAnschreibenZumFormular(seite: Page, basis: string, schluessel: string) {
  await seite.goto(`${basis}/musterabfrage/anschreiben/${schluessel}/`);
  const link = new URL((await seite.locator('[data-persoenlicher-link]').getAttribute('href')) ?? '');
  await seite.goto(basis + link.pathname + link.search);
  expect(await seite.getByLabel('Gebiet', { exact: true }).inputValue()).toBe(schluessel);
  await seite.getByRole('radio', { name: /^Verwaltung:/ }).check();
  return seite.getByLabel('Stand: Tag der Antwort').inputValue();
}

describe('campaign: answers by mail and by CSV change the map', () => {
  it('walks both paths to a rebuild that shows the answers with Stand and origin', { timeout: 900_000 }, async () => {
    const daten = datenKopie();
    const basis = inject('basisUrl');
    const kontext = await browser().newContext({ acceptDownloads: true, bypassCSP: true });
    const seite = await kontext.newPage();
    const ordner = fs.mkdtempSync(path.join(os.tmpdir(), 'kampagne-'));

    // Mail: the Amt says it has an Integrationskonzept, decided in 2022.
    const stand = await vomAnschreibenZumFormular(seite, basis, AMT);
    await frage(seite, 9).getByRole('radio', { name: 'ja', exact: true }).check();
    await frage(seite, 10).getByLabel('Datum').fill('2022');
    await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();
    const mailto = new URL((await seite.locator('#mail-senden').getAttribute('href')) ?? '');
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.searchParams.get('subject')).toBe(`Musterabfrage Anklam-Land (${AMT})`);
    const mail = path.join(ordner, 'antwort.txt');
    fs.writeFileSync(mail, `Subject: ${mailto.searchParams.get('subject')}\n\n${mailto.searchParams.get('body')}`);
    const perMail = importiere(mail, daten, '--quelle', PR);
    expect(perMail.stderr).toBe('');
    expect(perMail.stdout).toContain(`(${AMT}), Stand ${stand}, Verwaltung: 2 neu`);

    // CSV: a Gemeinde says its Beirat is decided but not yet formed ("teilweise").
    await vomAnschreibenZumFormular(seite, basis, GEMEINDE);
    await frage(seite, 1).getByRole('radio', { name: 'teilweise', exact: true }).check();
    await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();
    const [download] = await Promise.all([seite.waitForEvent('download'), seite.locator('#herunterladen').click()]);
    const csv = path.join(ordner, 'antwort.csv');
    await download.saveAs(csv);
    const perCsv = importiere(csv, daten, '--quelle', `${PR}0`);
    expect(perCsv.stderr).toBe('');
    await kontext.close();

    const ziel = fs.mkdtempSync(path.join(os.tmpdir(), 'bau-kampagne-'));
    await baueSeite(ziel, { DATEN_VERZEICHNIS: daten });
    const herkunft = `Selbstauskunft der Verwaltung vom ${datumDeutsch(stand)}`;
    const karte = JSON.parse(fs.readFileSync(path.join(ziel, 'daten', 'karte.json'), 'utf8'));
    expect(karte.bewertung.konzept[AMT]).toEqual(['vorhanden', stand, null, herkunft]);
    expect(karte.bewertung.beirat[GEMEINDE]).toEqual(['geplant', stand, null, herkunft]);
    const zwilling = JSON.parse(fs.readFileSync(path.join(ziel, 'amt', `${AMT}.json`), 'utf8'));
    const konzept = zwilling.strukturen.find((s: { typ: string }) => s.typ === 'konzept');
    expect(konzept.kategorie).toBe('vorhanden');
    expect(konzept.aktuell).toMatchObject({ status: 'vorhanden', seit: '2022', stand, quelle_url: PR });
    expect(konzept.aktuell.herkunft).toMatchObject({ art: 'selbstauskunft', text: herkunft });
    expect(zwilling.musterabfrage.status).toBe('geantwortet');

    const server = await starteServer(ziel);
    try {
      const k = await browser().newContext({ javaScriptEnabled: false });
      const s = await k.newPage();
      await s.goto(`${server.url}/amt/${AMT}/`);
      expect(await s.locator('tr[data-typ="konzept"] [data-status]').innerText()).toMatch(/^vorhanden/);
      expect(await s.locator('tr[data-typ="konzept"] [data-herkunft]').innerText()).toContain(herkunft);
      // The badge at the top says the same as the map, with the origin.
      const amtBadge = s.locator('[data-antwort] li[data-typ="konzept"]');
      expect(await amtBadge.getAttribute('data-kategorie')).toBe('vorhanden');
      expect(await amtBadge.locator('[data-herkunft]').innerText()).toContain(herkunft);
      await s.goto(`${server.url}/gemeinde/${GEMEINDE}/`);
      expect(await s.locator('tr[data-typ="beirat"] [data-status]').innerText()).toMatch(/^beschlossen/);
      const beiratBadge = s.locator('[data-antwort] li[data-typ="beirat"]');
      expect(await beiratBadge.getAttribute('data-kategorie')).toBe('geplant');
      expect(await beiratBadge.locator('[data-herkunft]').innerText()).toContain(herkunft);
      expect(await s.locator('[data-verlauf] tr[data-herkunft="selbstauskunft"]').count()).toBe(1);
      await k.close();

      // The prefilled form now knows the answer and says where it comes from.
      const k2 = await browser().newContext();
      const f = await k2.newPage();
      await f.goto(`${server.url}/musterabfrage/antworten/?gebiet=${AMT}`);
      expect(await frage(f, 9).getByRole('radio', { name: 'ja', exact: true }).isChecked()).toBe(true);
      expect(await f.locator('#bekannt-konzept').innerText()).toContain(`bekannt aus: ${herkunft}`);
      await k2.close();
    } finally {
      await server.stoppe();
    }
  });
});
