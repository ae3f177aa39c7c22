// The loaders remember what they read, once per build. `npm run dev` must forget it when a file in
// data/ changes. The dev server's watcher (integration.ts) and the pages run in one process but load
// these modules twice (once natively, once through Vite), so the list of caches lives on globalThis.
const SCHLUESSEL = Symbol.for('integrationsatlas-mv.zwischenspeicher');

type Leeren = () => void;

function alle(): Set<Leeren> {
  const global = globalThis as { [SCHLUESSEL]?: Set<Leeren> };
  global[SCHLUESSEL] ??= new Set();
  return global[SCHLUESSEL];
}

/** Registers how to forget one loader's cache; every loader calls this once, next to its cache. */
export function merkeZwischenspeicher(leeren: Leeren): void {
  alle().add(leeren);
}

/** Forgets every loader's cache in this process, so the next request reads data/ again. */
export function leereZwischenspeicher(): void {
  for (const leeren of alle()) leeren();
}
