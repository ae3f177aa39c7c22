import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { datenKopie, importiere } from '../hilfen/musterabfrage.ts';
import { axeVerstoesse, browserJeDatei, seiteOhneJs } from './browser.ts';
import { pruefbau, serviereVariante } from './varianten.ts';

const browser = browserJeDatei();
const PR = 'https://github.com/integrationsatlas-mv/integrationsatlas-mv/pull/5';
const FORMULAR = '/musterabfrage/antworten/';
const ENTWURF = 'integrationsatlas-mv:musterabfrage:entwurf:v1';

async function neueSeite(opts: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}) {
  const kontext = await browser().newContext({ acceptDownloads: true, ...opts });
  const seite = await kontext.newPage();
  return { kontext, seite };
}

/** The question with this number, as the accessible group its fieldset forms. */
const frage = (seite: Page, nummer: number) => seite.getByRole('group', { name: new RegExp(`^${nummer}\\. `) });

describe('Musterabfrage: the answer form', () => {
  it('checks with the import’s rules, announces problems, and produces a file that the import accepts', async () => {
    const { kontext, seite } = await neueSeite({ bypassCSP: true });
    const anfragen: string[] = [];
    seite.on('request', (r) => anfragen.push(`${r.method()} ${r.url()}`));
    await seite.goto(inject('basisUrl') + FORMULAR);

    await seite.getByLabel('Gebiet', { exact: true }).selectOption('13075039');
    await seite.getByLabel('Stand: Tag der Antwort').fill('2026-11-02');
    await seite.getByRole('radio', { name: /^Verwaltung:/ }).check();
    await frage(seite, 1).getByRole('radio', { name: 'ja', exact: true }).check();
    await frage(seite, 2).getByLabel('Datum').fill('2023-01-10');
    await frage(seite, 3).getByRole('radio', { name: 'gewählt' }).check();
    const budget = frage(seite, 4).getByLabel('Betrag in Euro');
    await budget.fill('1.500');
    await frage(seite, 14).getByLabel('unbekannt').check();
    await frage(seite, 24).getByLabel('Ihre Antwort').fill('Mehr Geld für Sprachmittlung, bitte.');
    await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();

    // The same message the import would give, tied to the field, listed on top, announced.
    const liste = seite.locator('#fehler-liste');
    await expect.poll(() => liste.isVisible()).toBe(true);
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('fehler-liste');
    expect(await liste.textContent()).toContain(
      '4. Wie viel Geld steht dem Beirat im laufenden Jahr zur Verfügung?: Betrag im deutschen Format ' +
        '(Tausenderpunkt oder Dezimalkomma)',
    );
    expect(await budget.getAttribute('aria-invalid')).toBe('true');
    expect(await budget.getAttribute('aria-describedby')).toContain('fehler-beirat-budget');
    expect(await seite.locator('#fehler-beirat-budget').textContent()).toBe(
      'Fehler: Betrag im deutschen Format (Tausenderpunkt oder Dezimalkomma). Erwartet: einen Betrag in Euro mit ' +
        'Dezimalpunkt (z. B. 1234.56), oder unbekannt.',
    );
    await expect
      .poll(() => seite.getByRole('status').textContent())
      .toBe('Eine Angabe ist noch nicht in Ordnung. Die Liste steht über dem Formular.');
    expect(await axeVerstoesse(seite)).toEqual([]);

    // Keyboard: from the list to the field.
    await seite.keyboard.press('Tab');
    await seite.keyboard.press('Enter');
    expect(await seite.evaluate(() => document.activeElement?.id)).toBe('feld-beirat-budget');

    await budget.fill('1500');
    await budget.press('Enter');
    const ergebnis = seite.locator('#ergebnis');
    await expect.poll(() => ergebnis.isVisible()).toBe(true);
    expect(await budget.getAttribute('aria-invalid')).toBeNull();
    expect(await seite.locator('#ergebnis-text').textContent()).toContain(
      '6 Antworten für Greifswald (amtsfrei), Stand 2026-11-02.',
    );
    await expect
      .poll(() => seite.getByRole('status').textContent())
      .toBe('Alle Angaben sind in Ordnung. Die CSV-Datei kann heruntergeladen werden.');
    expect(await axeVerstoesse(seite)).toEqual([]);

    const [download] = await Promise.all([
      seite.waitForEvent('download'),
      seite.getByRole('link', { name: /CSV-Datei herunterladen/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('musterabfrage-13075039-2026-11-02.csv');
    const datei = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'formular-')), download.suggestedFilename());
    await download.saveAs(datei);
    await kontext.close();

    // The downloaded file goes through `npm run abfrage:import` as it is.
    const daten = datenKopie();
    const r = importiere(datei, daten, '--quelle', PR);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Greifswald (13075039), Stand 2026-11-02, Verwaltung: 6 neu');
    const zeilen = fs
      .readFileSync(path.join(daten, 'musterabfrage', 'antworten.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1);
    expect(zeilen.map((z) => z.split(',').slice(0, 3).join(','))).toEqual([
      '13075039,beirat,ja',
      '13075039,beirat-seit,2023-01-10',
      '13075039,beirat-bildung,gewählt',
      '13075039,beirat-budget,1500',
      '13075039,haushalt-2025,unbekannt',
      '13075039,anmerkungen,"Mehr Geld für Sprachmittlung',
    ]);

    // Nothing left the browser: only GETs to the site itself (and the local file).
    const basis = new URL(inject('basisUrl'));
    expect(anfragen.filter((a) => !a.startsWith(`GET ${basis.origin}/`) && !a.startsWith('GET blob:'))).toEqual([]);
  });

  it('keeps a draft over a reload until it is deleted', async () => {
    const { kontext, seite } = await neueSeite();
    await seite.goto(inject('basisUrl') + FORMULAR);
    await seite.getByLabel('Gebiet', { exact: true }).selectOption('13075142');
    await frage(seite, 6).getByRole('radio', { name: 'teilweise' }).check();
    await frage(seite, 8).getByLabel('Stunden pro Woche').fill('10');
    await seite.reload();
    expect(await seite.getByLabel('Gebiet', { exact: true }).inputValue()).toBe('13075142');
    expect(await frage(seite, 6).getByRole('radio', { name: 'teilweise' }).isChecked()).toBe(true);
    expect(await frage(seite, 8).getByLabel('Stunden pro Woche').inputValue()).toBe('10');
    await expect
      .poll(() => seite.getByRole('status').textContent())
      .toMatch(/^Ihr Entwurf vom .* wurde wiederhergestellt\./);

    seite.once('dialog', (d) => void d.accept());
    await seite.getByRole('button', { name: 'Eingaben löschen' }).click();
    expect(await frage(seite, 8).getByLabel('Stunden pro Woche').inputValue()).toBe('');
    await seite.reload();
    expect(await seite.getByLabel('Gebiet', { exact: true }).inputValue()).toBe('');
    await kontext.close();
  });

  // Issue 12: a draft written by an older version, another tab or by hand must never break the form.
  for (const entwurf of [
    '"hallo"',
    '[]',
    '{"werte":null}',
    '{"gespeichert":"2026-11-02T10:00:00Z","werte":{"gebiet":"13075039"}}',
    '{kaputt',
  ]) {
    it(`discards the malformed draft ${entwurf} with a note, and the form keeps working without leaking`, async () => {
      const { kontext, seite } = await neueSeite();
      const fehler: string[] = [];
      const anfragen: string[] = [];
      seite.on('pageerror', (e) => fehler.push(e.message));
      seite.on('request', (r) => anfragen.push(r.url()));
      await seite.addInitScript(
        ([schluessel, wert]) => {
          if (!sessionStorage.getItem('gesetzt')) localStorage.setItem(schluessel!, wert!);
          sessionStorage.setItem('gesetzt', 'ja');
        },
        [ENTWURF, entwurf],
      );
      await seite.goto(inject('basisUrl') + FORMULAR);
      const unvollstaendig = entwurf.includes('13075039');
      await expect
        .poll(() => seite.getByRole('status').textContent(), { timeout: 10_000 })
        .toMatch(
          unvollstaendig
            ? /^Ihr Entwurf vom .* wurde wiederhergestellt\./
            : /^Ein gespeicherter Entwurf war nicht lesbar und wurde verworfen\. Das Formular beginnt leer\.$/,
        );
      if (!unvollstaendig) expect(await seite.evaluate((s) => localStorage.getItem(s), ENTWURF)).toBeNull();
      await seite.getByLabel('Gebiet', { exact: true }).selectOption('13075039');
      await seite.getByRole('radio', { name: /^Verwaltung:/ }).check();
      await frage(seite, 1).getByRole('radio', { name: 'ja', exact: true }).check();
      await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();
      await expect.poll(() => seite.locator('#ergebnis').isVisible(), { timeout: 10_000 }).toBe(true);
      seite.once('dialog', (d) => void d.accept());
      await seite.getByRole('button', { name: 'Eingaben löschen' }).click();
      expect(await seite.getByLabel('Gebiet', { exact: true }).inputValue()).toBe('');
      await seite.reload();
      expect(await seite.getByLabel('Gebiet', { exact: true }).inputValue()).toBe('');
      expect(fehler).toEqual([]);
      expect(anfragen.filter((a) => a.includes('?'))).toEqual([]);
      await kontext.close();
    });
  }

  it('can never submit to a URL, even before its script has run', async () => {
    const { kontext, seite } = await neueSeite({ javaScriptEnabled: false });
    await seite.goto(inject('basisUrl') + FORMULAR);
    const formular = seite.locator('#abfrage-formular');
    expect(await formular.getAttribute('method')).toBe('dialog');
    expect(await formular.getAttribute('action')).toBeNull();
    // Shown by force, as a broken script or a user style could: submitting goes nowhere.
    await formular.evaluate((f) => {
      f.classList.remove('nur-mit-js');
      f.removeAttribute('data-wartet');
    });
    await seite.getByLabel('Gebiet', { exact: true }).selectOption('13075039');
    await seite.getByRole('button', { name: 'Prüfen und CSV-Datei erstellen' }).click();
    await seite.waitForTimeout(300);
    expect(seite.url()).toBe(inject('basisUrl') + FORMULAR);
    await kontext.close();
  });

  it('shows only the questions put to the level of the chosen Gebiet, and takes the Gebiet from a link', async () => {
    const { kontext, seite } = await neueSeite();
    await seite.goto(inject('basisUrl') + FORMULAR + '?gebiet=130715152');
    const auswahl = seite.getByLabel('Gebiet', { exact: true });
    expect(await auswahl.inputValue()).toBe('130715152');
    expect(await frage(seite, 1).count()).toBe(0); // the Beirat questions are not put to Ämter
    expect(await frage(seite, 6).isVisible()).toBe(true);
    await auswahl.selectOption('13003000');
    expect(await frage(seite, 1).isVisible()).toBe(true);
    expect(await frage(seite, 23).count()).toBe(0); // a kreisfreie Stadt works with no Landkreis
    await kontext.close();
  });

  it('explains the paper and template route without JavaScript', async () => {
    const { kontext, seite } = await seiteOhneJs(browser(), FORMULAR);
    expect(await seite.getByText('Dieses Formular braucht JavaScript.').isVisible()).toBe(true);
    expect(await seite.locator('#abfrage-formular').isVisible()).toBe(false);
    const vorlage = await seite.getByRole('link', { name: 'Gemeinden' }).getAttribute('href');
    const csv = await (await kontext.request.get(inject('basisUrl') + vorlage)).text();
    const zeilen = csv.replace('\uFEFF', '').trimEnd().split('\n');
    expect(zeilen[0]).toMatch(/^gebiet,name,stand,antwortet,quelle_url,quelle_titel,beirat,/);
    expect(zeilen).toHaveLength(1 + 722);
    expect(zeilen).toContain('13075039,Greifswald' + ','.repeat(zeilen[0]!.split(',').length - 2));
    await kontext.close();
  });
});

// The section's pages as loaded are axe-checked at 390 and 1280 px with every other page in
// barrierefreiheit-*.test.ts; here axe checks the states only a filled-in form reaches.
describe('Musterabfrage: the questionnaire', () => {
  it('prints without navigation and with boxes to tick', async () => {
    const { kontext, seite } = await neueSeite();
    await seite.goto(inject('basisUrl') + '/musterabfrage/');
    expect(await seite.getByText('☐ ja ☐ nein ☐ teilweise ☐ unbekannt').first().isVisible()).toBe(false);
    await seite.emulateMedia({ media: 'print' });
    expect(await seite.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
    expect(await seite.getByText('☐ ja ☐ nein ☐ teilweise ☐ unbekannt').first().isVisible()).toBe(true);
    expect(await seite.getByText(/^Gebiet \(Name und Schlüssel\)/).isVisible()).toBe(true);
    await kontext.close();
  });
});

describe('Musterabfrage: template → filled in → import → results page', () => {
  it('shows the imported answers as chart and table, accessibly', { timeout: 240_000 }, async () => {
    // The shared variant imported the Kreis template of dist/, filled in for two Gebiete (pruefdaten.ts).
    const variante = await pruefbau();
    expect(variante.vorbereitung.import.stderr).toBe('');
    expect(variante.vorbereitung.import.stdout).toContain('data/musterabfrage/antworten.csv: 5 Zeilen ergänzt');
    const server = await serviereVariante(variante);
    try {
      const { kontext, seite } = await neueSeite({ bypassCSP: true });
      await seite.goto(server.url + '/musterabfrage/ergebnisse/');
      expect(await seite.getByText('Noch keine Antworten').count()).toBe(0);
      const diagramm = seite.getByRole('img', { name: /^Antworten auf Frage 1 / });
      expect(await diagramm.isVisible()).toBe(true);
      expect(await seite.locator('#diagramm-beirat-beschreibung').textContent()).toBe(
        'Balkendiagramm, Anzahl der Gebiete je Antwort: ja 1, nein 1, teilweise 1, unbekannt 0.',
      );
      const tabelle = seite.getByRole('table', { name: 'Antworten auf Frage 1 als Tabelle' });
      expect(await tabelle.getByRole('row', { name: /^ja 1 1 0$/ }).count()).toBe(1);
      expect(await tabelle.getByRole('row', { name: /^nein 1 0 1$/ }).count()).toBe(1);
      // The Gemeinde of the campaign (KAMPAGNE in pruefdaten.ts) answered "teilweise" through its Verwaltung.
      expect(await tabelle.getByRole('row', { name: /^teilweise 1 1 0$/ }).count()).toBe(1);
      expect(
        await seite
          .getByText('Geantwortet haben 3 Gebiete: 2 durch die Verwaltung, 1 durch Dritte.')
          .first()
          .isVisible(),
      ).toBe(true);
      const beteiligung = seite.getByRole('table', { name: 'Gebiete nach Stand der Abfrage' });
      expect(await beteiligung.getByRole('row', { name: /^Kreise und kreisfreie Städte 1 0 0 7 8$/ }).count()).toBe(1);
      expect(await seite.getByText('Zu dieser Frage liegt noch keine Antwort vor.').first().isVisible()).toBe(true);
      expect(await axeVerstoesse(seite)).toEqual([]);
      await kontext.close();
    } finally {
      await server.stoppe();
    }
  });
});
