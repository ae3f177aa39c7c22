import fs from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Vorbereitung } from './pruefdaten.ts';
import { starteServer } from './server.ts';
import { baueVariante, orte, PRUEFBAU } from './variante-bauen.ts';

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

/** The shared variant, built at most once per test run (baueVariante); waits until it is done. */
export async function pruefbau(): Promise<Variante> {
  await baueVariante(inject('variantenOrdner'), inject('dist'), inject('basisUrl'));
  const o = orte(inject('variantenOrdner'));
  while (!fs.existsSync(o.fertig)) await new Promise((weiter) => setTimeout(weiter, 200));
  const ergebnis = JSON.parse(fs.readFileSync(o.fertig, 'utf8')) as Pick<Variante, 'vorbereitung'> & {
    fehler?: string;
  };
  if (ergebnis.fehler) throw new Error(`Prüfbau gescheitert: ${ergebnis.fehler}`);
  return { dist: o.dist, daten: o.daten, ...PRUEFBAU, vorbereitung: ergebnis.vorbereitung };
}

/** Serves a variant under its base path; `url` has no trailing slash, so `url + '/kreis/13076/'` works. */
export async function serviereVariante(variante: Variante) {
  const server = await starteServer(variante.dist, variante.basis);
  return { url: server.url + variante.basis.replace(/\/$/, ''), stoppe: server.stoppe };
}

/**
 * The shared variant and a server for it, for the tests of one file or describe block: awaited before them,
 * the server stopped after them. Getters, because both exist only once beforeAll has run.
 */
export function pruefbauJeDatei(): { variante: () => Variante; url: () => string } {
  let variante: Variante | undefined;
  let server: Awaited<ReturnType<typeof serviereVariante>> | undefined;
  beforeAll(async () => {
    variante = await pruefbau();
    server = await serviereVariante(variante);
  }, 300_000);
  afterAll(async () => {
    await server?.stoppe();
  });
  return { variante: () => variante!, url: () => server!.url };
}
