import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { datumDeutsch } from '../../src/lib/darstellung/format.ts';
import { browserJeDatei } from './browser.ts';
import { KAMPAGNE } from './pruefdaten.ts';
import { pruefbauJeDatei } from './varianten.ts';

// The campaign end to end, on a copy of the data: letter → personal link → prefilled form → answers,
// once by mail (the mailto: body saved as a text file) and once as CSV → abfrage:import → rebuild →
// the answers are observations with their origin on the page, in the twin and on the map. The browser
// part runs on the production build while the shared variant is prepared (pruefdaten.ts); the rebuild
// is that variant, so the campaign costs no build of its own.
const browser = browserJeDatei();
const { amt: AMT, gemeinde: GEMEINDE } = KAMPAGNE;
const frage = (seite: Page, nummer: number) => seite.getByRole('group', { name: new RegExp(`^${nummer}\\. `) });

const { variante, url } = pruefbauJeDatei();

describe('campaign: answers by mail and by CSV change the map', () => {
  it('takes both answers from the letters’ links through the import', () => {
    const k = variante().vorbereitung.kampagne;
    expect(k.vorbelegt).toEqual([AMT, GEMEINDE]);
    expect(k.mail).toEqual({ protokoll: 'mailto:', betreff: `Musterabfrage Anklam-Land (${AMT})` });
    expect(k.perMail.stderr).toBe('');
    expect(k.perMail.stdout).toContain(`(${AMT}), Stand ${k.stand}, Verwaltung: 2 neu`);
    expect(k.perCsv.stderr).toBe('');
  });

  it('shows the answers after the rebuild with Stand and origin', async () => {
    const { stand } = variante().vorbereitung.kampagne;
    const ziel = variante().dist;
    const herkunft = `Selbstauskunft der Verwaltung vom ${datumDeutsch(stand)}`;
    const karte = JSON.parse(fs.readFileSync(path.join(ziel, 'daten', 'karte.json'), 'utf8'));
    expect(karte.bewertung.konzept[AMT]).toEqual(['vorhanden', stand, null, herkunft]);
    expect(karte.bewertung.beirat[GEMEINDE]).toEqual(['geplant', stand, null, herkunft]);
    const zwilling = JSON.parse(fs.readFileSync(path.join(ziel, 'amt', `${AMT}.json`), 'utf8'));
    const konzept = zwilling.strukturen.find((s: { typ: string }) => s.typ === 'konzept');
    expect(konzept.kategorie).toBe('vorhanden');
    expect(konzept.aktuell).toMatchObject({ status: 'vorhanden', seit: '2022', stand, quelle_url: KAMPAGNE.pr });
    expect(konzept.aktuell.herkunft).toMatchObject({ art: 'selbstauskunft', text: herkunft });
    expect(zwilling.musterabfrage.status).toBe('geantwortet');

    const k = await browser().newContext({ javaScriptEnabled: false });
    const s = await k.newPage();
    await s.goto(`${url()}/amt/${AMT}/`);
    expect(await s.locator('tr[data-typ="konzept"] [data-status]').innerText()).toMatch(/^vorhanden/);
    expect(await s.locator('tr[data-typ="konzept"] [data-herkunft]').innerText()).toContain(herkunft);
    // The badge at the top says the same as the map, with the origin.
    const amtBadge = s.locator('[data-antwort] li[data-typ="konzept"]');
    expect(await amtBadge.getAttribute('data-kategorie')).toBe('vorhanden');
    expect(await amtBadge.locator('[data-herkunft]').innerText()).toContain(herkunft);
    await s.goto(`${url()}/gemeinde/${GEMEINDE}/`);
    expect(await s.locator('tr[data-typ="beirat"] [data-status]').innerText()).toMatch(/^beschlossen/);
    const beiratBadge = s.locator('[data-antwort] li[data-typ="beirat"]');
    expect(await beiratBadge.getAttribute('data-kategorie')).toBe('geplant');
    expect(await beiratBadge.locator('[data-herkunft]').innerText()).toContain(herkunft);
    expect(await s.locator('[data-verlauf] tr[data-herkunft="selbstauskunft"]').count()).toBe(1);
    await k.close();

    // The prefilled form now knows the answer and says where it comes from.
    const k2 = await browser().newContext();
    const f = await k2.newPage();
    await f.goto(`${url()}/musterabfrage/antworten/?gebiet=${AMT}`);
    expect(await frage(f, 9).getByRole('radio', { name: 'ja', exact: true }).isChecked()).toBe(true);
    expect(await f.locator('#bekannt-konzept').innerText()).toContain(`bekannt aus: ${herkunft}`);
    await k2.close();
  });
});
