import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { cspZuerst } from '../veroeffentlichen/csp.ts';

/** Moves the CSP <meta> of every built page to the start of <head> (see veroeffentlichen/csp.ts). */
export function cspAmAnfang(): AstroIntegration {
  return {
    name: 'integrationsatlas-csp-zuerst',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let geaendert = 0;
        for (const datei of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
          if (!datei.endsWith('.html')) continue;
          const pfad = new URL(datei, dir);
          const html = fs.readFileSync(pfad, 'utf8');
          const neu = cspZuerst(html);
          if (neu === html) continue;
          fs.writeFileSync(pfad, neu);
          geaendert++;
        }
        logger.info(`Content-Security-Policy an den Anfang von <head> gesetzt: ${geaendert} Seiten`);
      },
    },
  };
}
