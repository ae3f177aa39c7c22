import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei } from './browser.ts';

const browser = browserJeDatei();

describe('Startseite ohne JavaScript', () => {
  it('shows the map of all 724 Gemeinden as static SVG', async () => {
    const kontext = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const seite = await kontext.newPage();
    await seite.goto(inject('basisUrl') + '/');
    const karte = seite.getByRole('img', { name: /Karte der 724 Gemeinden/ });
    await expect.poll(() => karte.isVisible()).toBe(true);
    const box = await karte.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.height).toBeGreaterThan(350);
    expect(await seite.locator('svg [data-schluessel]').count()).toBe(724);
    expect(await seite.locator('svg [data-schluessel="13075039"]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
    await expect.poll(() => seite.getByText('© GeoBasis-DE / BKG 2016 (Daten verändert)').isVisible()).toBe(true);
    await kontext.close();
  });
});
