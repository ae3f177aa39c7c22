/**
 * modulepreload for the chunks a page's scripts import: without it the browser learns of a chunk
 * only after it has loaded and parsed the script, one round trip later (the map's first switch waits for it).
 */

/** The static imports of a built module, as Vite writes them: `from"./x.js"` or `import"./x.js"`. */
export function statischeImporte(js: string): string[] {
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/**
 * The page with a `<link rel="modulepreload">` for every chunk its module scripts import, directly
 * or through another chunk, placed before the first script. `lies` gives a built script's text by
 * its address (undefined if unknown).
 */
export function mitVorladen(html: string, lies: (adresse: string) => string | undefined): string {
  const skripte = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  if (skripte.length === 0) return html;
  const bekannt = new Set(skripte);
  const vorladen: string[] = [];
  const besuche = (adresse: string) => {
    for (const imp of statischeImporte(lies(adresse) ?? '')) {
      const ziel = new URL(imp, `http://x${adresse}`).pathname;
      if (bekannt.has(ziel)) continue;
      bekannt.add(ziel);
      vorladen.push(ziel);
      besuche(ziel);
    }
  };
  for (const s of skripte) besuche(s);
  if (vorladen.length === 0) return html;
  const links = vorladen.map((a) => `<link rel="modulepreload" href="${a}">`).join('');
  const erstes = html.indexOf('<script type="module"');
  return html.slice(0, erstes) + links + html.slice(erstes);
}
