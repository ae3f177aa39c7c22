import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { browserJeDatei } from './browser.ts';

const browser = browserJeDatei();

describe('/handlungsbedarf/', () => {
  it('lists the same Gebiete as its CSV download, without JavaScript', async () => {
    const csv = fs.readFileSync(path.join(inject('dist'), 'handlungsbedarf', 'handlungsbedarf.csv'), 'utf8');
    const zeilen = csv.trim().split('\n').slice(1);
    const kontext = await browser().newContext({ javaScriptEnabled: false });
    const seite = await kontext.newPage();
    await seite.goto(`${inject('basisUrl')}/handlungsbedarf/`);
    expect(await seite.locator('table[data-bedarf] tbody tr').count()).toBe(zeilen.length);
    expect(await seite.getByRole('link', { name: 'Alle Listen als CSV' }).getAttribute('href')).toBe(
      '/handlungsbedarf/handlungsbedarf.csv',
    );
    expect(await seite.locator('nav[aria-label="Hauptnavigation"] a', { hasText: 'Handlungsbedarf' }).count()).toBe(1);
    await kontext.close();
  });
  // No sideways scroll at 320 px and axe at 390 and 1280 px: with every page in darstellung.test.ts and
  // barrierefreiheit-*.test.ts.
});
