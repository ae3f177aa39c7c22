import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserJeDatei } from './browser.ts';
import { MARKUP_NAME, MARKUP_NOTIZ } from './pruefdaten.ts';
import { pruefbau, serviereVariante, type Variante } from './varianten.ts';

// Text from the CSVs is always text: the shared variant's fixture data has markup in a note and a name
// (pruefdaten.ts), and the pages must show the markup as characters, never run or render it.
const browser = browserJeDatei();
let ziel: string;
let server: Awaited<ReturnType<typeof serviereVariante>>;

beforeAll(async () => {
  const variante: Variante = await pruefbau();
  ziel = variante.dist;
  server = await serviereVariante(variante);
}, 300_000);

afterAll(async () => {
  await server?.stoppe();
});

describe('text from the CSVs', () => {
  it('is escaped in the HTML of the Kreis page and of a Gemeinde it covers', () => {
    for (const seite of ['kreis/13076/index.html', 'gemeinde/13076001/index.html']) {
      const html = fs.readFileSync(path.join(ziel, seite), 'utf8');
      expect(html, seite).toContain('&lt;b&gt;Fett&lt;/b&gt; Beirat');
      expect(html, seite).toContain('Quelle &lt;i&gt;kursiv&lt;/i&gt;');
      expect(html, seite).not.toContain('<b>Fett</b>');
      expect(html, seite).not.toContain('<script>document.title');
    }
    expect(fs.readFileSync(path.join(ziel, 'kreis/13076/index.html'), 'utf8')).toContain(
      '&lt;script&gt;document.title=&quot;gehackt&quot;&lt;/script&gt;',
    );
  });

  it('shows markup as characters in the browser, with JavaScript on', async () => {
    const kontext = await browser().newContext();
    const seite = await kontext.newPage();
    for (const pfad of ['/kreis/13076/', '/gemeinde/13076001/']) {
      await seite.goto(server.url + pfad);
      expect(await seite.title(), pfad).not.toBe('gehackt');
      // The page's own module (the copy button) is the only script allowed inside <main>, the maps of an
      // Amt or Kreis page (built from the geometry, never from CSV text) the only images.
      const fremd =
        'main b, main i, main img:not([data-teilkarten] img), main script:not([type="module"][src*="/_astro/"])';
      expect(await seite.locator(fremd).count(), pfad).toBe(0);
      expect(await seite.locator('main').innerText(), pfad).toContain(MARKUP_NAME);
      if (pfad.startsWith('/kreis/')) expect(await seite.locator('[data-verlauf]').innerText()).toContain(MARKUP_NOTIZ);
    }
    await kontext.close();
  });

  it('keeps the exact text in the JSON twin', () => {
    const profil = JSON.parse(fs.readFileSync(path.join(ziel, 'kreis/13076.json'), 'utf8'));
    expect(profil.verlauf.find((z: { name: string }) => z.name === MARKUP_NAME)?.anmerkung).toBe(MARKUP_NOTIZ);
  });
});
