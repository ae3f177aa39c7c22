import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { bereitePruefdatenVor, type Vorbereitung } from './pruefdaten.ts';
import { starteServer } from './server.ts';

/** A built variant of the site: its folder, the data it was built from, and where it would be published. */
export interface Variante {
  dist: string;
  daten: string;
  site: string;
  /** The base path with slashes on both ends, e.g. "/integrationsatlas/". */
  basis: string;
  /** What preparing the fixture data did (pruefdaten.ts), for tests to check. */
  vorbereitung: Vorbereitung;
}

/**
 * The one variant besides the production build in dist/: fixture data (tests/e2e/pruefdaten.ts) and a
 * base path, as GitHub Pages serves a project site. One build checks both, because each full build of
 * ~1,600 pages costs about as much as all e2e checks of one page type; tests that need neither use dist/.
 */
const PRUEFBAU = { site: 'https://beispiel.example', basis: '/integrationsatlas/' };

/**
 * The shared variant, built at most once per test run: the first test file that asks builds it into the
 * run's folder (from the globalSetup), every later file reuses it. A lock folder keeps two files from
 * building it at once if files ever run in parallel.
 */
export async function pruefbau(): Promise<Variante> {
  const ordner = path.join(inject('variantenOrdner'), 'pruefbau');
  const dist = path.join(ordner, 'dist');
  const daten = path.join(ordner, 'daten');
  const fertig = path.join(ordner, 'fertig.json');
  try {
    fs.mkdirSync(ordner);
  } catch {
    while (!fs.existsSync(fertig)) await new Promise((weiter) => setTimeout(weiter, 200));
  }
  if (!fs.existsSync(fertig)) {
    try {
      fs.writeFileSync(fertig, JSON.stringify({ vorbereitung: await baue(dist, daten) }));
    } catch (e) {
      fs.writeFileSync(fertig, JSON.stringify({ fehler: String(e) }));
    }
  }
  const ergebnis = JSON.parse(fs.readFileSync(fertig, 'utf8')) as Pick<Variante, 'vorbereitung'> & { fehler?: string };
  if (ergebnis.fehler) throw new Error(`Prüfbau gescheitert: ${ergebnis.fehler}`);
  return { dist, daten, ...PRUEFBAU, vorbereitung: ergebnis.vorbereitung };
}

async function baue(dist: string, daten: string): Promise<Variante['vorbereitung']> {
  fs.cpSync('data', daten, { recursive: true });
  const vorbereitung = bereitePruefdatenVor(daten, inject('dist'));
  await baueSeite(dist, { DATEN_VERZEICHNIS: daten, SITE_URL: PRUEFBAU.site, BASE_PATH: PRUEFBAU.basis });
  return vorbereitung;
}

/**
 * `npm run build` into `dist` with the given environment. Test files run in parallel, but two Astro builds
 * of the same checkout at once would share its caches (.astro/, the geometry cache): a lock folder in the
 * run's folder lets one build at a time, while the other files go on testing in the browser.
 */
export async function baueSeite(dist: string, zusatz: Record<string, string>): Promise<void> {
  const sperre = path.join(inject('variantenOrdner'), 'bau.sperre');
  for (;;) {
    try {
      fs.mkdirSync(sperre);
      break;
    } catch {
      await new Promise((weiter) => setTimeout(weiter, 200));
    }
  }
  try {
    // Vitest puts Vite's BASE_URL (and MODE, DEV, PROD, SSR) into the environment; Astro would take it over.
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...umgebung } = process.env;
    execFileSync('npm', ['run', 'build', '--', '--outDir', dist], {
      env: { ...umgebung, ...zusatz },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    fs.rmSync(sperre, { recursive: true, force: true });
  }
}

/** Serves a variant under its base path; `url` has no trailing slash, so `url + '/kreis/13076/'` works. */
export async function serviereVariante(variante: Variante) {
  const server = await starteServer(variante.dist, variante.basis);
  return { url: server.url + variante.basis.replace(/\/$/, ''), stoppe: server.stoppe };
}
