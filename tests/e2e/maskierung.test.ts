import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserJeDatei } from './browser.ts';
import { starteServer } from './server.ts';

// Text from the CSVs is always text: a copy of data/ with markup in a note and a name is built
// into its own folder, and the pages must show the markup as characters, never run or render it.
const browser = browserJeDatei();
const MARKUP_NAME = '<b>Fett</b> Beirat';
const MARKUP_NOTIZ = '<script>document.title="gehackt"</script><img src="x" alt="bild">Notiz & „Zitat“';
let daten: string;
let ziel: string;
let server: Awaited<ReturnType<typeof starteServer>>;

beforeAll(async () => {
  daten = fs.mkdtempSync(path.join(os.tmpdir(), 'daten-markup-'));
  fs.cpSync('data', daten, { recursive: true });
  // A Kreis row, so it shows on the Kreis page and as "auch zuständig für" on each of its Gemeinden.
  fs.appendFileSync(
    path.join(daten, 'strukturen.csv'),
    `13076,netzwerk,vorhanden,${MARKUP_NAME},,,2024,https://example.org/quelle,Quelle <i>kursiv</i>,"${MARKUP_NOTIZ.replaceAll('"', '""')}"\n`,
  );
  ziel = fs.mkdtempSync(path.join(os.tmpdir(), 'bau-markup-'));
  execFileSync('npm', ['run', 'build', '--', '--outDir', ziel], {
    env: { ...process.env, DATEN_VERZEICHNIS: daten },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = await starteServer(ziel);
}, 300_000);

afterAll(async () => {
  await server?.stoppe();
  for (const ordner of [daten, ziel]) if (ordner) fs.rmSync(ordner, { recursive: true, force: true });
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
      expect(await seite.locator('main b, main i, main img, main script').count(), pfad).toBe(0);
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
