// npm run bench: measures what the budgets in the issues are about and prints a table.
// Timings are reported here, never asserted in tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { ladeGeodaten } from '../src/lib/laden/geo.ts';
import { CACHE } from '../src/lib/laden/pfade.ts';
import { geladeneRessourcen, gzipGroesse } from '../src/lib/messen/seitengewicht.ts';
import { TOPOJSON_PFAD } from '../src/lib/veroeffentlichen/exporte.ts';
import { CHROMIUM_PFAD, starteBrowser } from '../tests/e2e/chromium.ts';

const KB = 1024;
const zeilen: [string, string, string, string][] = [];
const messe = (was: string, wert: number, einheit: string, budget?: number) =>
  zeilen.push([
    was,
    `${wert.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${einheit}`,
    budget === undefined ? '–' : `≤ ${budget} ${einheit}`,
    budget === undefined ? '' : wert <= budget ? 'ok' : 'ÜBER BUDGET',
  ]);

const start = performance.now();
ladeGeodaten({ erzwingen: true });
messe('Geodaten-Pipeline (kalt)', (performance.now() - start) / 1000, 's');

// Cold: without the share card cache, as on a fresh clone; warm: again, with every card cached.
const baue = (was: string, budget?: number) => {
  const t0 = performance.now();
  const bau = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (bau.status !== 0) process.exit(bau.status ?? 1);
  messe(`npm run build ${was}`, (performance.now() - t0) / 1000, 's', budget);
};
// The cards and the font subset they are drawn with (schriften.ts) are both made on a fresh clone.
for (const ordner of ['vorschau', 'schriften']) fs.rmSync(path.join(CACHE, ordner), { recursive: true, force: true });
baue('kalt (ohne Vorschaubild-Cache)', 60);
baue('warm (Vorschaubilder aus .cache/)', 60);
messe('Systemlast beim Messen (loadavg 1 min)', os.loadavg()[0]!, '');

// Import of the Musterabfrage: a return file of n rows into an answers table of n rows.
const importZeit = (n: number) => {
  const r = spawnSync(process.execPath, ['scripts/bench-import.ts', String(n)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench-import ${n}: ${r.stderr}`);
  return JSON.parse(r.stdout) as { sekunden: number; cpuSekunden: number };
};
const import4k = importZeit(4_000);
const import32k = importZeit(32_000);
const import100k = importZeit(100_000);
messe('Import 4.000 in 4.000 Zeilen', import4k.sekunden, 's');
messe('Import 32.000 in 32.000 Zeilen', import32k.sekunden, 's');
messe('Verhältnis 32k/4k (linear: 8)', import32k.sekunden / import4k.sekunden, '×');
messe('Import 100.000 in 100.000 Zeilen', import100k.sekunden, 's', 10);
messe('Import 100.000 in 100.000 Zeilen, CPU-Zeit', import100k.cpuSekunden, 's', 10);

// The fuzzer of npm test (tests/unit/fuzz.test.ts), longer: 2 minutes from a fresh seed (FUZZ_SEED to repeat one).
{
  const { ausgangslage, fuzze } = await import('../tests/hilfen/fuzz.ts');
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const lauf = fuzze(ausgangslage(), seed, 120_000, new Date().toISOString().slice(0, 10));
  messe(
    `Fuzzer 120 s, Seed ${seed}: Fälle (${lauf.abgelehnt} abgelehnt, ${lauf.angenommen} angenommen)`,
    lauf.faelle,
    '',
  );
  if (lauf.befund) messe(`Fuzzer-BEFUND: ${lauf.befund.split('\n')[0]}`, 1, '');
}

const dist = path.resolve('dist');
const dateien: string[] = [];
const sammle = (d: string) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) sammle(path.join(d, e.name));
    else dateien.push(path.join(d, e.name));
  }
};
sammle(dist);
const seiten = dateien.filter((d) => d.endsWith('.html'));
messe('Seiten (HTML)', seiten.length, 'Stück');
messe('Dateien insgesamt', dateien.length, 'Stück');

const topo = fs.readFileSync(path.join(dist, 'daten', TOPOJSON_PFAD));
messe('TopoJSON roh', topo.length / KB, 'KB');
messe('TopoJSON gzip', gzipGroesse(topo) / KB, 'KB', 150);

// Page weight: HTML plus every local asset it loads, all gzip.
const gewicht = (seite: string) => {
  const html = fs.readFileSync(seite, 'utf8');
  return (
    gzipGroesse(html) +
    geladeneRessourcen(html).reduce((s, r) => s + gzipGroesse(fs.readFileSync(path.join(dist, r))), 0)
  );
};
const vorlagen: [string, RegExp, number | undefined][] = [
  ['Startseite /', /^index\.html$/, 200],
  ['Gemeindeseite (größte)', /^gemeinde\/\d{8}\/index\.html$/, 30],
  ['Amtsseite (größte)', /^amt\/\d{9}\/index\.html$/, undefined],
  ['Kreisseite (größte)', /^kreis\/\d{5}\/index\.html$/, undefined],
  ['Datenseite /daten/', /^daten\/index\.html$/, undefined],
  ['Integrationsfonds /integrationsfonds/', /^integrationsfonds\/index\.html$/, undefined],
  ['Entwicklung /entwicklung/', /^entwicklung\/index\.html$/, undefined],
  ['Fragebogen /musterabfrage/', /^musterabfrage\/index\.html$/, undefined],
  ['Antwortformular /musterabfrage/antworten/', /^musterabfrage\/antworten\/index\.html$/, undefined],
  ['Ergebnisse /musterabfrage/ergebnisse/', /^musterabfrage\/ergebnisse\/index\.html$/, undefined],
];
for (const [name, muster, budget] of vorlagen) {
  const passend = seiten.filter((s) => muster.test(path.relative(dist, s).split(path.sep).join('/')));
  if (passend.length === 0) continue;
  messe(`Seitengewicht ${name}`, Math.max(...passend.map(gewicht)) / KB, 'KB gzip', budget);
}

// Gebiet pages: HTML alone (images excluded), the largest of all.
const gebietsseiten = seiten.filter((s) =>
  /^((gemeinde|amt|kreis)\/\d+|land)\/index\.html$/.test(path.relative(dist, s).split(path.sep).join('/')),
);
messe(
  'Gebietsseite HTML (größte, ohne Bilder)',
  Math.max(...gebietsseiten.map((s) => gzipGroesse(fs.readFileSync(s)))) / KB,
  'KB gzip',
  30,
);
const karten = dateien.filter((d) => path.relative(dist, d).startsWith(`vorschau${path.sep}`));
messe(
  `Vorschaubilder (${karten.length} Dateien, zusammen)`,
  karten.reduce((s, d) => s + fs.statSync(d).size, 0) / KB / KB,
  'MB',
);

// JavaScript of the answer form alone, with the chunks its module imports.
const mitImporten = (datei: string, gesehen: Set<string>): Set<string> => {
  if (gesehen.has(datei)) return gesehen;
  gesehen.add(datei);
  for (const m of fs.readFileSync(path.join(dist, datei), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g))
    mitImporten(path.posix.join(path.posix.dirname(datei), m[1]!), gesehen);
  return gesehen;
};
const formular = fs.readFileSync(path.join(dist, 'musterabfrage/antworten/index.html'), 'utf8');
const skripte = new Set<string>();
for (const r of geladeneRessourcen(formular).filter((r) => r.endsWith('.js'))) mitImporten(r, skripte);
messe(
  'JavaScript des Antwortformulars',
  [...skripte].reduce((s, r) => s + gzipGroesse(fs.readFileSync(path.join(dist, r))), 0) / KB,
  'KB gzip',
);

// The home page also fetches the map data after the first render; it counts towards its budget.
const start200 =
  gewicht(path.join(dist, 'index.html')) + gzipGroesse(fs.readFileSync(path.join(dist, 'daten/karte.json')));
messe('Startseite inkl. Kartendaten (nachgeladen)', start200 / KB, 'KB gzip', 100);

// Interactions in real Chromium: from the user's action to the next frame with the result.
if (fs.existsSync(CHROMIUM_PFAD)) {
  const { starteServer } = await import('../tests/e2e/server.ts');
  const { pdfSeiten } = await import('../tests/e2e/pdf.ts');
  const { verschiebung, zaehleVerschiebung } = await import('../tests/e2e/verschiebung.ts');
  const server = await starteServer(dist);
  const browser = await starteBrowser();
  // Layout shift while loading, as Chromium reports it (PerformanceObserver, without shifts after input).
  for (const pfad of ['/', '/musterabfrage/antworten/'])
    for (const breite of [390, 1280]) {
      const kontext = await browser.newContext({ viewport: { width: breite, height: breite < 640 ? 844 : 900 } });
      const s = await kontext.newPage();
      await zaehleVerschiebung(s);
      await s.goto(server.url + pfad, { waitUntil: 'networkidle' });
      await s.waitForTimeout(500);
      messe(`CLS ${pfad} bei ${breite} px`, await verschiebung(s), '', 0.02);
      await kontext.close();
    }

  const seite = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await seite.goto(server.url + '/');
  await seite.waitForSelector('#karten-ansicht[data-bereit="ja"]');
  // Median of 21 switches, from the change to the next frame that shows it; the control is a <select>.
  const miss = (aktion: string) =>
    seite.evaluate(async (aktion) => {
      const dauer: number[] = [];
      for (let i = 0; i < 21; i++) {
        const t0 = performance.now();
        if (aktion === 'tooltip') document.querySelectorAll<SVGAElement>('#karte-gemeinden a')[100 + i]?.focus();
        else {
          const werte = aktion === 'merkmal' ? ['konzept', 'beirat'] : ['kreise', 'gemeinden'];
          const feld = document.querySelector<HTMLSelectElement>(`#karten-steuerung select[name="${aktion}"]`);
          if (feld) {
            feld.value = werte[i % 2] ?? '';
            feld.dispatchEvent(new Event('change', { bubbles: true }));
          }
        }
        await new Promise((ok) => requestAnimationFrame(() => ok(null)));
        dauer.push(performance.now() - t0);
      }
      return dauer.sort((a, b) => a - b)[10] ?? Number.NaN;
    }, aktion);
  const cdp = await seite.context().newCDPSession(seite);
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const wie = rate === 1 ? 'normal' : 'CPU 4× langsamer';
    messe(`Merkmal wechseln (Median von 21, ${wie})`, await miss('merkmal'), 'ms', rate === 1 ? 50 : 100);
    messe(`Ebene wechseln (Median von 21, ${wie})`, await miss('ebene'), 'ms', rate === 1 ? 50 : 100);
    messe(`Tooltip öffnen (Median von 21, ${wie})`, await miss('tooltip'), 'ms', 100);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Every Gebiet page printed as A4 PDF, as the fact sheet test does for a sample.
  const verteilung = new Map<number, string[]>();
  const druck = await browser.newPage({ javaScriptEnabled: false });
  for (const s of gebietsseiten) {
    const pfad = `/${path.relative(dist, path.dirname(s)).split(path.sep).join('/')}/`;
    if (fs.readFileSync(s, 'utf8').includes('http-equiv="refresh"')) continue;
    await druck.goto(server.url + pfad);
    const n = pdfSeiten(await druck.pdf({ format: 'A4' }));
    verteilung.set(n, [...(verteilung.get(n) ?? []), pfad]);
  }
  for (const [n, pfade] of [...verteilung].sort((a, b) => a[0] - b[0]))
    messe(
      `Gebietsseiten mit ${n} A4-Seite(n) im Druck${n > 1 ? ` (${pfade.slice(0, 5).join(', ')})` : ''}`,
      pfade.length,
      'Stück',
    );
  await browser.close();
  await server.stoppe();
}

// Chart downloads are files, not page weight: reported so a growing PNG is noticed.
const downloads = dateien.filter((d) => path.relative(dist, d).startsWith(`diagramme${path.sep}`));
for (const endung of ['svg', 'png', 'csv']) {
  const passend = downloads.filter((d) => d.endsWith(`.${endung}`));
  if (passend.length > 0)
    messe(
      `Diagramm-Downloads ${endung.toUpperCase()} (${passend.length} Dateien, größte)`,
      Math.max(...passend.map((d) => fs.statSync(d).size)) / KB,
      'KB',
    );
}

console.log('| Messung | Wert | Budget | |\n|---|---|---|---|');
for (const z of zeilen) console.log(`| ${z.join(' | ')} |`);
