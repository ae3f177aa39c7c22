import fs from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { browserJeDatei, seiteOhneJs } from './browser.ts';

const browser = browserJeDatei();
const csv = (datei: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(`data/${datei}`, 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;

const oeffne = () => seiteOhneJs(browser(), '/integrationsfonds/');

describe('/integrationsfonds/ ohne JavaScript', () => {
  it('shows the fund chart 2016–2027 as static SVG, unknown years as labelled gaps, never as zero bars', async () => {
    const { kontext, seite } = await oeffne();
    const diagramm = seite.getByRole('img', { name: /Integrationsfonds M-V: Mittel je Jahr 2016–2027/ });
    // A static page: no waiting needed. expect.poll gave up after 1 s on a busy machine while the role query ran.
    expect(await diagramm.isVisible()).toBe(true);
    expect((await diagramm.boundingBox())!.width).toBeGreaterThan(500);

    const werte = diagramm.locator('[data-betrag]');
    expect(await werte.count()).toBe(12 * 3);
    const luecken = diagramm.locator('[data-betrag="unbekannt"]');
    for (const luecke of await luecken.all()) {
      expect(await luecke.locator('rect').count()).toBe(0);
      expect(await luecke.textContent()).toMatch(/unbekannt/);
    }
    // Every amount in the data is a bar, and only those.
    const bekannt = csv('fonds-haushalt.csv').filter((z) => z.betrag_eur !== '');
    const balken = await diagramm
      .locator('[data-betrag]:not([data-betrag="unbekannt"])')
      .evaluateAll((els) =>
        els.map(
          (e) =>
            `${e.getAttribute('data-jahr')} ${e.getAttribute('data-art')} ${Number(e.getAttribute('data-betrag'))}`,
        ),
      );
    expect(balken.sort()).toEqual(bekannt.map((z) => `${z.jahr} ${z.art} ${Number(z.betrag_eur)}`).sort());
    expect(await diagramm.locator('[data-betrag] rect').count()).toBe(bekannt.length);
    await kontext.close();
  });

  it('highlights the 2026/27 cut with its source and says its size is unknown', async () => {
    const { kontext, seite } = await oeffne();
    const diagramm = seite.getByRole('img', { name: /Integrationsfonds/ });
    const hinweis = (await diagramm.locator('.hervorhebung').textContent())!.replace(/\s+/g, ' ');
    expect(hinweis).toContain('Doppelhaushalt 2026/27');
    expect(hinweis).toContain('um wie viel, ist unbekannt');
    const quelle = csv('fonds-haushalt.csv').find((z) => z.jahr === '2026' && z.art === 'beschlossen')!;
    expect(hinweis).toContain(quelle.quelle_titel!.slice(0, 30));
    expect(await diagramm.locator('[data-jahr="2026"][data-art="beschlossen"]').getAttribute('data-betrag')).toBe(
      'unbekannt',
    );
    await kontext.close();
  });

  it('has a table with the same numbers, each with source and Stand', async () => {
    const { kontext, seite } = await oeffne();
    const zellen = seite.locator('[data-tabelle="integrationsfonds"] td[data-jahr]');
    expect(await zellen.count()).toBe(12 * 3);
    for (const bar of await seite.locator('svg [data-betrag]').all()) {
      const jahr = await bar.getAttribute('data-jahr');
      const art = await bar.getAttribute('data-art');
      const betrag = await bar.getAttribute('data-betrag');
      const zelle = seite.locator(`[data-tabelle="integrationsfonds"] td[data-jahr="${jahr}"][data-art="${art}"]`);
      const text = (await zelle.textContent())!;
      if (betrag === 'unbekannt') expect(text).toMatch(/unbekannt/);
      else {
        expect(text.replace(/\u00a0/g, ' ')).toContain(`${Number(betrag).toLocaleString('de-DE')} €`);
        expect(text).toMatch(/Stand (\d{2}\.\d{2}\.\d{4}|\p{L}+ \d{4}|\d{4}|unbekannt)/u);
        expect(await zelle.locator('a[href^="http"]').count()).toBe(1);
      }
    }
    await kontext.close();
  });

  it('lists approvals for every Kreis, in euro and per inhabitant, unknown never as 0', async () => {
    const { kontext, seite } = await oeffne();
    const zeilen = seite.locator('[data-tabelle="bewilligungen"] tbody tr');
    const jahre = new Set(csv('fonds-bewilligungen.csv').map((z) => z.jahr));
    expect(await zeilen.count()).toBe(8 * jahre.size);
    const rostock = csv('fonds-bewilligungen.csv').filter((z) => z.gebiet!.startsWith('13003'));
    const summe = rostock.reduce((s, z) => s + Math.round(Number(z.betrag_eur) * 100), 0) / 100;
    const zeile = (await seite
      .locator('[data-tabelle="bewilligungen"] tr[data-kreis="13003"]')
      .first()
      .textContent())!.replace(/\u00a0/g, ' ');
    expect(zeile).toContain(`${summe.toLocaleString('de-DE', { minimumFractionDigits: 2 })} €`);
    const einwohner = Number(csv('einwohner.csv').find((z) => z.gebiet === '13003000')!.einwohner);
    expect(zeile).toContain(
      `${(summe / einwohner).toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`,
    );
    const ohne = (await seite.locator('[data-tabelle="bewilligungen"] tr[data-kreis="13076"]').first().textContent())!;
    expect(ohne).toContain('unbekannt');
    expect(ohne).not.toMatch(/\b0 €|0,00/);
    await kontext.close();
  });

  it('explains who may apply, up to which share, the deadline and who runs the fund, with sources', async () => {
    const { kontext, seite } = await oeffne();
    const text = (await seite.locator('section[aria-labelledby="fonds-erklaerung"]').textContent())!.replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('kreisfreie Städte, Landkreise, große kreisangehörige Städte, Ämter und Gemeinden');
    expect(text).toContain('bis zu 90 Prozent');
    expect(text).toContain('31.10. des Vorjahres');
    expect(text).toContain('Ministerium für Inneres und Bau');
    expect(text).toContain('Nicht bestätigt');
    const verweise = await seite
      .locator('section[aria-labelledby="fonds-erklaerung"] a[href^="#fonds-quelle-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    for (const ziel of new Set(verweise)) expect(await seite.locator(ziel!).locator('a[href^="http"]').count()).toBe(1);
    await kontext.close();
  });
});
