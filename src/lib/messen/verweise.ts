/**
 * Links in built HTML pages, for the link check over dist/: which addresses a page points to,
 * which ids it offers as targets, and where an address leads – to a file of the site (below the
 * base path), to another website, or nowhere allowed.
 */

export interface Verweis {
  tag: string;
  attribut: 'href' | 'src' | 'action';
  wert: string;
  /** Tokens of the rel attribute, lower case. */
  rel: string[];
}

const ENTITAETEN: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function entschluessele(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ganz, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITAETEN[e.toLowerCase()] ?? ganz;
  });
}

function attribute(text: string): Map<string, string> {
  const attr = new Map<string, string>();
  for (const m of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attr.set(m[1]!.toLowerCase(), entschluessele(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attr;
}

/** Scripts, styles and comments may contain text that looks like tags; they are not searched. */
const OHNE_INHALT = /<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/gi;

/** Every address a page refers to: links, stylesheets, scripts, images, form targets. */
export function verweiseIn(html: string): Verweis[] {
  const verweise: Verweis[] = [];
  // Script tags themselves (their src) are kept; only their content is dropped.
  const ohne = html.replace(OHNE_INHALT, (m) =>
    /^<script/i.test(m) ? m.replace(/>[\s\S]*<\/script>$/i, '></script>') : '',
  );
  for (const m of ohne.matchAll(/<(a|area|link|script|img|source|iframe|form)\b([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    const attr = attribute(m[2]!);
    const rel = (attr.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    for (const attribut of ['href', 'src', 'action'] as const) {
      const wert = attr.get(attribut);
      if (wert !== undefined) verweise.push({ tag, attribut, wert, rel });
    }
  }
  return verweise;
}

/** The ids a page offers as fragment targets (#…). */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.replace(OHNE_INHALT, '').matchAll(/<[a-z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    ids.add(entschluessele(m[1] ?? m[2]!));
  return ids;
}

export type Ziel =
  /** A file of the site: path relative to dist/, and the fragment if any. */
  | { art: 'intern'; datei: string; fragment: string | undefined }
  | { art: 'extern'; url: string }
  /** On the site's host, but outside the base path: broken under a base such as /integrationsatlas/. */
  | { art: 'ausserhalb'; pfad: string }
  /** mailto: and tel: are fine; anything else (javascript:, data:, file:) is not. */
  | { art: 'schema'; schema: string; erlaubt: boolean };

/**
 * Where an address on a page leads. `seite` is the page's own path as served (with the base, e.g.
 * "/atlas/daten/"), `site` the site's origin (e.g. "https://example.org"), `basis` the base path
 * ending in "/". Addresses on the site's own origin count as internal, also when written absolute
 * (canonical links).
 */
export function ordneZu(wert: string, seite: string, umgebung: { site: string; basis: string }): Ziel {
  const herkunft = new URL(umgebung.site).origin;
  let url: URL;
  try {
    url = new URL(wert.trim(), herkunft + seite);
  } catch {
    return { art: 'schema', schema: 'ungültig', erlaubt: false };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { art: 'schema', schema: url.protocol, erlaubt: url.protocol === 'mailto:' || url.protocol === 'tel:' };
  if (url.origin !== herkunft) return { art: 'extern', url: url.href };
  const pfad = decodeURIComponent(url.pathname);
  if (!pfad.startsWith(umgebung.basis)) return { art: 'ausserhalb', pfad };
  const relativ = pfad.slice(umgebung.basis.length);
  const datei = relativ === '' || relativ.endsWith('/') ? `${relativ}index.html` : relativ;
  return { art: 'intern', datei, fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

/** The address a built file is served under: "daten/index.html" → "/basis/daten/". */
export function seitenPfad(datei: string, basis: string): string {
  return basis + (datei.endsWith('index.html') ? datei.slice(0, -'index.html'.length) : datei);
}
