import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded one; CHROMIUM_PATH overrides the path. Shared by the e2e tests
 * and `npm run bench`, so both measure the same browser; free of Vitest, so scripts can import it.
 */
export const CHROMIUM_PFAD = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function starteBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PFAD,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
