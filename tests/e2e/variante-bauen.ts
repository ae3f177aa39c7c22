import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bereitePruefdatenVor } from './pruefdaten.ts';

// Building the shared variant, free of Vitest so the globalSetup (aufbau.ts) can start it too.

/**
 * The one variant besides the production build in dist/: fixture data (tests/e2e/pruefdaten.ts, with the
 * campaign's answers) and a base path, as GitHub Pages serves a project site. One build checks all of it,
 * because each full build of ~1,600 pages costs about as much as all e2e checks of one page type; tests
 * that need none of it use dist/.
 */
export const PRUEFBAU = { site: 'https://beispiel.example', basis: '/integrationsatlas/' };

/** Where a run keeps the shared variant, and its note that it is done. */
export function orte(variantenOrdner: string) {
  const ordner = path.join(variantenOrdner, 'pruefbau');
  return {
    ordner,
    dist: path.join(ordner, 'dist'),
    daten: path.join(ordner, 'daten'),
    fertig: path.join(ordner, 'fertig.json'),
  };
}

/**
 * Prepares and builds the shared variant unless someone in this run already does: claiming its folder is
 * atomic, so it is built once even with test files in parallel. `npm test` starts it from the globalSetup
 * (VARIANTEN_VORAB=1), so the build runs beside the browser tests instead of keeping a file waiting; a
 * single test file builds it on first use. Resolves when it is done or was claimed by someone else.
 */
export async function baueVariante(variantenOrdner: string, dist: string, basisUrl: string): Promise<void> {
  const o = orte(variantenOrdner);
  try {
    fs.mkdirSync(o.ordner);
  } catch {
    return;
  }
  try {
    fs.cpSync('data', o.daten, { recursive: true });
    const vorbereitung = await bereitePruefdatenVor(o.daten, dist, basisUrl);
    await baueSeite(o.dist, { DATEN_VERZEICHNIS: o.daten, SITE_URL: PRUEFBAU.site, BASE_PATH: PRUEFBAU.basis });
    fs.writeFileSync(o.fertig, JSON.stringify({ vorbereitung }));
  } catch (e) {
    fs.writeFileSync(o.fertig, JSON.stringify({ fehler: String(e) }));
  }
}

/**
 * `npm run build` into `dist` with the given environment, without blocking the caller's event loop (the
 * globalSetup shares its process with Vitest's own work).
 */
function baueSeite(dist: string, zusatz: Record<string, string>): Promise<void> {
  // Vitest puts Vite's BASE_URL (and MODE, DEV, PROD, SSR) into the environment; Astro would take it over.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...umgebung } = process.env;
  const bau = spawn('npm', ['run', 'build', '--', '--outDir', dist], {
    env: { ...umgebung, ...zusatz },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((ok, fehler) => {
    bau.on('error', fehler);
    bau.on('exit', (code) => (code === 0 ? ok() : fehler(new Error(`npm run build endete mit ${code}`))));
  });
}
