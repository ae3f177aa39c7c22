import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { starteServer } from './server.ts';
import { baueVariante } from './variante-bauen.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    basisUrl: string;
    dist: string;
    /** A folder for this run only, where varianten.ts builds each further variant once. */
    variantenOrdner: string;
  }
}

/**
 * Builds the site once exactly as `npm run build` does, then serves dist/ for all end-to-end tests.
 * `npm test` builds dist/ itself (to time it) and sets DIST_GEBAUT=1, so it is not built twice.
 */
export default async function aufbau(projekt: TestProject) {
  if (process.env.DIST_GEBAUT !== '1') {
    const beginn = performance.now();
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    console.log(`Produktionsbau für die e2e-Tests: ${((performance.now() - beginn) / 1000).toFixed(1)} s`);
  }
  const dist = path.resolve('dist');
  const server = await starteServer(dist);
  const variantenOrdner = fs.mkdtempSync(path.join(os.tmpdir(), 'varianten-'));
  projekt.provide('basisUrl', server.url);
  projekt.provide('dist', dist);
  projekt.provide('variantenOrdner', variantenOrdner);
  // npm test and npm run test:e2e start the shared variant now, beside the first browser tests; a run of
  // single files builds it only when a test asks for it (varianten.ts).
  const vorab = process.env.VARIANTEN_VORAB === '1' ? baueVariante(variantenOrdner, dist, server.url) : undefined;
  return async () => {
    await vorab;
    await server.stoppe();
    fs.rmSync(variantenOrdner, { recursive: true, force: true });
  };
}
