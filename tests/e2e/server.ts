import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a path below the site's root; null for a path that climbs out of it. */
function dateiZu(verzeichnis: string, pfad: string): string | null {
  const datei = path.join(verzeichnis, pfad);
  if (!datei.startsWith(verzeichnis)) return null;
  return fs.existsSync(datei) && fs.statSync(datei).isDirectory() ? path.join(datei, 'index.html') : datei;
}

/**
 * Serves a built site from disk on 127.0.0.1, like a static host: directories answer with index.html.
 * With a base path ("/integrationsatlas/"), the site lives below it and everything else is not found.
 */
export async function starteServer(
  verzeichnis: string,
  basis = '/',
): Promise<{ url: string; stoppe: () => Promise<void> }> {
  const server = http.createServer((anfrage, antwort) => {
    const adresse = decodeURIComponent(new URL(anfrage.url ?? '/', 'http://x').pathname);
    const datei = adresse.startsWith(basis) ? dateiZu(verzeichnis, adresse.slice(basis.length - 1)) : undefined;
    if (datei === null) return void antwort.writeHead(403).end();
    if (datei === undefined || !fs.existsSync(datei)) {
      const nichtGefunden = path.join(verzeichnis, '404.html');
      antwort.writeHead(404, { 'Content-Type': TYPEN['.html'] });
      return void antwort.end(fs.existsSync(nichtGefunden) ? fs.readFileSync(nichtGefunden) : 'Nicht gefunden');
    }
    antwort.writeHead(200, { 'Content-Type': TYPEN[path.extname(datei)] ?? 'application/octet-stream' });
    antwort.end(fs.readFileSync(datei));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stoppe: () => new Promise((ok) => server.close(() => ok())) };
}
