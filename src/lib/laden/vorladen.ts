import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { mitVorladen } from '../veroeffentlichen/vorladen.ts';

/** After the build: every page that runs a module script preloads the chunks it imports. */
export function modulVorladen(): AstroIntegration {
  let basis = '/';
  return {
    name: 'integrationsatlas-vorladen',
    hooks: {
      'astro:config:done': ({ config }) => {
        basis = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const wurzel = fileURLToPath(dir);
        const skripte = new Map<string, string | undefined>();
        const lies = (adresse: string) => {
          if (!skripte.has(adresse)) {
            const datei = path.join(wurzel, adresse.slice(basis.length - 1));
            skripte.set(adresse, fs.existsSync(datei) ? fs.readFileSync(datei, 'utf8') : undefined);
          }
          return skripte.get(adresse);
        };
        let anzahl = 0;
        for (const datei of fs.readdirSync(wurzel, { recursive: true, encoding: 'utf8' })) {
          if (!datei.endsWith('.html')) continue;
          const voll = path.join(wurzel, datei);
          const html = fs.readFileSync(voll, 'utf8');
          if (!html.includes('<script type="module"')) continue;
          const neu = mitVorladen(html, lies);
          if (neu !== html) {
            fs.writeFileSync(voll, neu);
            anzahl++;
          }
        }
        logger.info(`modulepreload in ${anzahl} Seiten`);
      },
    },
  };
}
