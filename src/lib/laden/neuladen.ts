import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { datenAusUmgebung, WURZEL } from './pfade.ts';
import { leereZwischenspeicher } from './zwischenspeicher.ts';

/**
 * `npm run dev` picks up edits to the CSVs: the dev server watches the data directory, forgets what the
 * loaders remember and reloads the page in the browser. A file with errors shows the checker's messages
 * on the page until it is fixed. The build is not affected (it reads every file once).
 */
export function datenNeuLaden(): AstroIntegration {
  return {
    name: 'integrationsatlas-daten-neu-laden',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const daten = datenAusUmgebung();
        server.watcher.add(daten);
        server.watcher.on('all', (_ereignis, datei) => {
          if (!path.resolve(datei).startsWith(daten + path.sep)) return;
          leereZwischenspeicher();
          logger.info(`${path.relative(WURZEL, datei)} geändert: Daten neu geladen`);
          server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
