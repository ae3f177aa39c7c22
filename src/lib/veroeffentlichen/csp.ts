/**
 * Astro writes the Content-Security-Policy <meta> after the page's own head elements (title, canonical, icon). A
 * policy applies only from where it appears, so it belongs at the start of <head>: right after <meta charset>,
 * which must stay within the first 1024 bytes (the policy with its hashes is longer than that). Moving the element
 * changes no script or style, so every hash in it stays valid.
 */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const KOPF_ANFANG = /<head>(<meta charset="[^"]*">)?/i;

/** The page with its CSP <meta> moved to the start of <head>; unchanged when it has none. */
export function cspZuerst(html: string): string {
  const csp = CSP_META.exec(html);
  if (!csp) return html;
  const ohne = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const kopf = KOPF_ANFANG.exec(ohne);
  if (!kopf) return html;
  const stelle = kopf.index + kopf[0].length;
  return ohne.slice(0, stelle) + csp[0] + ohne.slice(stelle);
}
