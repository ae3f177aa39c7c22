import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { starteBrowser } from './chromium.ts';

export { starteBrowser };

/** Every built HTML page as a URL path, e.g. "/" or "/daten/". */
export function alleSeiten(dist: string): string[] {
  const seiten: string[] = [];
  const besuche = (ordner: string) => {
    for (const eintrag of fs.readdirSync(ordner, { withFileTypes: true })) {
      const voll = path.join(ordner, eintrag.name);
      if (eintrag.isDirectory()) besuche(voll);
      else if (eintrag.name.endsWith('.html')) {
        const relativ = '/' + path.relative(dist, voll).split(path.sep).join('/');
        seiten.push(relativ.endsWith('/index.html') ? relativ.slice(0, -'index.html'.length) : relativ);
      }
    }
  };
  besuche(dist);
  return seiten.sort();
}

/**
 * Folders with one page (and aliases) per Gebiet: about 1,600 Gebiet pages and 800 letters of the
 * Musterabfrage, built from a handful of templates.
 */
const GEBIETSORDNER = ['/gemeinde/', '/amt/', '/kreis/', '/musterabfrage/anschreiben/'];

/**
 * A fixed sample of the Gebiet pages, one or more per template and case, for checks that need a
 * browser per page (axe, CSP): these take about a second each, too long for every Gebiet page.
 */
export const GEBIETSSTICHPROBE = [
  '/gemeinde/13075039/', // amtsfreie Stadt with structures and population (Greifswald)
  '/gemeinde/13003000/', // kreisfreie Stadt with history and fund approvals (Rostock)
  '/gemeinde/13074026/', // borderline for the Beirat rule (Grevesmühlen)
  '/gemeinde/13076001/', // no data at all, neither own nor from Amt or Kreis (Alt Krenzlin)
  '/amt/130765659/', // Amt (Ludwigslust-Land)
  '/kreis/13075/', // Landkreis with its 138 Gemeinden (Vorpommern-Greifswald)
  '/land/',
  '/amt/130750039/', // forward: Amt level of the amtsfreie Gemeinde Greifswald
  '/kreis/13003/', // forward: Kreis level of the kreisfreie Stadt Rostock
  '/gemeinde/greifswald/', // forward by name
  '/gemeinde/benz/', // choice between two Gemeinden called Benz
  '/musterabfrage/anschreiben/', // list of letters
  '/musterabfrage/anschreiben/130755553/', // letter to an Amt
  '/musterabfrage/anschreiben/13075142/', // letter to an amtsangehörige Gemeinde, via its Amt
  '/musterabfrage/anschreiben/13003000/', // letter to a kreisfreie Stadt
  '/musterabfrage/anschreiben/kreis/13003/', // print page of a Kreis with a single letter
];

/**
 * Every Gebiet page with content (no forwards, no choice by name), sorted:
 * /gemeinde/…/, /amt/…/, /kreis/…/, /land/.
 */
export function gebietsseiten(dist: string): string[] {
  return alleSeiten(dist).filter(
    (p) =>
      (p === '/land/' || /^\/(gemeinde|amt|kreis)\/\d+\/$/.test(p)) &&
      !fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
  );
}

/** Every page that is not a Gebiet page, plus the fixed sample of Gebiet pages. */
export function stichprobe(dist: string): string[] {
  const alle = alleSeiten(dist);
  const fehlend = GEBIETSSTICHPROBE.filter((p) => !alle.includes(p));
  if (fehlend.length > 0) throw new Error(`Stichprobe nicht gebaut: ${fehlend.join(', ')}`);
  return [
    ...new Set([...alle.filter((p) => !GEBIETSORDNER.some((o) => p.startsWith(o))), ...GEBIETSSTICHPROBE]),
  ].sort();
}

/**
 * Keeps a context on the page it opened: a forwarding page (meta refresh) would otherwise leave
 * before it can be checked. An aborted navigation leaves the current document in place.
 */
export async function bleibAufSeite(kontext: BrowserContext, url: string): Promise<void> {
  await kontext.route('**/*', (anfrage) =>
    anfrage.request().isNavigationRequest() && anfrage.request().url() !== url
      ? anfrage.abort('aborted')
      : anfrage.continue(),
  );
}

/** Whether a built page only forwards to another (meta refresh), as the twins of a Gebiet and its names do. */
export function istWeiterleitung(dist: string, pfad: string): boolean {
  const datei = path.join(dist, pfad, pfad.endsWith('/') ? 'index.html' : '');
  return fs.existsSync(datei) && fs.readFileSync(datei, 'utf8').includes('http-equiv="refresh"');
}

/**
 * Opens a page of dist/ in `seite`, which may be reused page after page. A forwarding page stays in place
 * (bleibAufSeite) so it is checked itself; only forwards get the route, because intercepting every
 * request of every page would slow each load.
 */
export async function oeffneGebaut(seite: Page, pfad: string, warten?: 'load' | 'networkidle') {
  const kontext = seite.context();
  const url = inject('basisUrl') + pfad;
  await kontext.unrouteAll();
  if (istWeiterleitung(inject('dist'), pfad)) await bleibAufSeite(kontext, url);
  return seite.goto(url, warten && { waitUntil: warten });
}

export const AXE_QUELLE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** One browser per test file: started before the first test, closed after the last. */
export function browserJeDatei(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await starteBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A page as a reader without JavaScript sees it, on a desktop screen; close `kontext` when done. */
export async function seiteOhneJs(browser: Browser, pfad: string): Promise<{ kontext: BrowserContext; seite: Page }> {
  const kontext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const seite = await kontext.newPage();
  await seite.goto(inject('basisUrl') + pfad);
  return { kontext, seite };
}

/** axe-core's result on the page as it is now: WCAG 2.0/2.1 A and AA. Needs a context with bypassCSP. */
export async function axePruefung(seite: Page): Promise<{ verstoesse: string[]; bestanden: number }> {
  await seite.evaluate(AXE_QUELLE);
  const ergebnis = (await seite.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Passed and incomplete rules still come back, with one node each instead of all: much faster on
      // pages with hundreds of map paths or table rows, and the violations are complete.
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
  return {
    verstoesse: ergebnis.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
    bestanden: ergebnis.passes.length,
  };
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, as "rule: targets". Needs bypassCSP. */
export async function axeVerstoesse(seite: Page): Promise<string[]> {
  return (await axePruefung(seite)).verstoesse;
}

/**
 * axe-core over every kind of built page at one width, as Starlight audits its docs: WCAG 2.0/2.1 A and AA.
 * Every page but the ~1,600 Gebiet pages, which are checked by a fixed sample per template (stichprobe).
 * One file per width (barrierefreiheit-*.test.ts), so the two run in parallel; one tab, page after page,
 * because a fresh context per page costs more than the check of many pages.
 */
export function axeUeberAlleSeiten(breite: number): void {
  const browser = browserJeDatei();
  describe(`axe-core at ${breite} px`, () => {
    let kontext: BrowserContext;
    let seite: Page;
    beforeAll(async () => {
      // bypassCSP only so axe itself can be injected; the CSP is tested on its own.
      kontext = await browser().newContext({ bypassCSP: true, viewport: { width: breite, height: 844 } });
      seite = await kontext.newPage();
    });
    afterAll(async () => {
      await kontext?.close();
    });

    it.each(stichprobe(inject('dist')))('finds no WCAG 2.1 AA violation on %s', async (pfad) => {
      await oeffneGebaut(seite, pfad);
      const { verstoesse, bestanden } = await axePruefung(seite);
      expect(bestanden).toBeGreaterThan(10);
      expect(verstoesse).toEqual([]);
    });
  });
}
