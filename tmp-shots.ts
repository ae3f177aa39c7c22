import { chromium } from 'playwright-core';
import { starteServer } from './tests/e2e/server.ts';
const server = await starteServer('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const seiten = process.argv.slice(2);
for (const pfad of seiten) {
  const name = pfad.replace(/[^a-z0-9]+/gi, '_');
  for (const breite of [1280, 390, 320]) {
    const s = await browser.newPage({ viewport: { width: breite, height: 900 } });
    await s.goto(server.url + pfad);
    const quer = await s.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(pfad, breite, 'quer', quer);
    await s.screenshot({ path: `/tmp/wt13-shots/${name}-${breite}.png`, fullPage: true });
    await s.close();
  }
  const s = await browser.newPage({ viewport: { width: 703, height: 1000 } });
  await s.goto(server.url + pfad);
  await s.emulateMedia({ media: 'print' });
  await s.pdf({ path: `/tmp/wt13-shots/${name}.pdf`, format: 'A4', printBackground: true });
  await s.screenshot({ path: `/tmp/wt13-shots/${name}-print.png`, fullPage: true });
  await s.close();
}
await browser.close();
await server.stoppe();
