import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { starteServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    basisUrl: string;
    dist: string;
  }
}

/** Builds the site once exactly as `npm run build` does, then serves dist/ for all end-to-end tests. */
export default async function aufbau(projekt: TestProject) {
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dist = path.resolve('dist');
  const server = await starteServer(dist);
  projekt.provide('basisUrl', server.url);
  projekt.provide('dist', dist);
  return server.stoppe;
}
