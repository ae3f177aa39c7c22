import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei } from './browser.ts';

// /tabelle/: sorting shows its state, the name filter, a narrow screen, and a well-formed document.
const browser = browserJeDatei();

async function tabelle(breite = 1280): Promise<Page> {
  const kontext = await browser().newContext({ viewport: { width: breite, height: 900 } });
  const seite = await kontext.newPage();
  await seite.goto(inject('basisUrl') + '/tabelle/');
  return seite;
}

const pfeil = (seite: Page, selektor: string) =>
  seite.locator(selektor).evaluate((b) => getComputedStyle(b, '::after').content);
const namen = (seite: Page) => seite.locator('table[data-tabelle="kreise"] tbody tr > th').allInnerTexts();
const einfach = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

describe('Tabelle', () => {
  it('shows the sort state as aria-sort and as an arrow, and sorts both ways', async () => {
    const seite = await tabelle();
    const kopf = 'table[data-tabelle="kreise"] thead';
    const nameTh = seite.locator(`${kopf} th:has(button[data-sortiere="name"])`);
    expect(await nameTh.getAttribute('aria-sort')).toBe('ascending');
    const aufsteigend = await pfeil(seite, `${kopf} button[data-sortiere="name"]`);
    expect(aufsteigend).toMatch(/[▲↑]/u);
    const vorher = await namen(seite);
    expect(vorher).toEqual([...vorher].sort((a, b) => a.localeCompare(b, 'de')));

    await seite.locator(`${kopf} button[data-sortiere="name"]`).click();
    expect(await nameTh.getAttribute('aria-sort')).toBe('descending');
    expect(await pfeil(seite, `${kopf} button[data-sortiere="name"]`)).toMatch(/[▼↓]/u);
    expect(await namen(seite)).toEqual([...vorher].reverse());

    // Another column takes the sort; the name column goes back to "none".
    const zweite = seite.locator(`${kopf} button[data-sortiere]:not([data-sortiere="name"])`).first();
    await zweite.click();
    expect(await nameTh.getAttribute('aria-sort')).toBe('none');
    expect(await seite.locator(`${kopf} th[aria-sort="ascending"] button`).getAttribute('data-sortiere')).toBe(
      await zweite.getAttribute('data-sortiere'),
    );
    await seite.context().close();
  });

  it('filters by name, ignoring case and umlauts, and counts what it shows', async () => {
    const seite = await tabelle();
    const alle = await seite.locator('table[data-tabelle] tbody tr').count();
    // The first Gemeinde's name, typed in lower case without its diacritics.
    const erste = (await seite.locator('table[data-tabelle="gemeinden"] tbody tr > th').first().innerText()).trim();
    const eingabe = einfach(erste);
    await seite.locator('#tabellen-filter input[name="name"]').fill(eingabe);
    const sichtbar = seite.locator('table[data-tabelle] tbody tr:not([hidden])');
    const anzahl = await sichtbar.count();
    expect(anzahl).toBeGreaterThan(0);
    expect(anzahl).toBeLessThan(alle);
    for (const name of await sichtbar.locator('> th').allInnerTexts()) expect(einfach(name)).toContain(eingabe);
    expect(await seite.locator('#tabellen-anzahl').innerText()).toBe(`${anzahl} von ${alle} Gebieten angezeigt`);
    await seite.locator('#tabellen-filter input[name="name"]').fill('');
    expect(await sichtbar.count()).toBe(alle);
    await seite.context().close();
  });

  it('has no element wider than the screen at 320 px', async () => {
    const seite = await tabelle(320);
    const zu_breit = await seite.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .map((el) => `${el.tagName.toLowerCase()} ${Math.round(el.getBoundingClientRect().width)} px`),
    );
    expect(zu_breit).toEqual([]);
    expect(await seite.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await seite.context().close();
  });

  it('keeps its script inside the document', () => {
    const html = fs.readFileSync(path.join(inject('dist'), 'tabelle', 'index.html'), 'utf8');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html.slice(html.lastIndexOf('</html>'))).not.toContain('<script');
  });
});
