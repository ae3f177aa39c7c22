import { gzipSync } from 'node:zlib';

/** gzip size as a static host would send it (level 9). */
export function gzipGroesse(inhalt: Uint8Array | string): number {
  return gzipSync(inhalt, { level: 9 }).length;
}

/**
 * Local assets an HTML page loads before it is complete: stylesheets, scripts, images, and data a
 * page marks for preloading. Links to other pages and downloads do not count.
 */
export function geladeneRessourcen(html: string): string[] {
  const pfade = new Set<string>();
  const muster = [
    /<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload)"[^>]*\bhref="([^"]+)"/g,
    /<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|preload|modulepreload)"/g,
    /<script\b[^>]*\bsrc="([^"]+)"/g,
    /<img\b[^>]*\bsrc="([^"]+)"/g,
  ];
  for (const re of muster)
    for (const m of html.matchAll(re)) if (m[1]!.startsWith('/')) pfade.add(m[1]!.split('#')[0]!);
  return [...pfade].sort();
}
