import type { Page } from 'playwright-core';

/**
 * Sums the layout shifts (CLS) of every page this tab loads, as Chromium reports them to a
 * PerformanceObserver, without shifts right after input. Shared by the e2e test and `npm run bench`.
 */
export async function zaehleVerschiebung(seite: Page): Promise<void> {
  await seite.addInitScript(() => {
    const w = window as unknown as { verschiebung: number };
    w.verschiebung = 0;
    new PerformanceObserver((liste) => {
      for (const e of liste.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.verschiebung += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum so far. */
export const verschiebung = (seite: Page): Promise<number> =>
  seite.evaluate(() => (window as unknown as { verschiebung: number }).verschiebung);
