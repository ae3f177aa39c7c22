import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests of src/lib, Astro components rendered with the Container API
// (vitest.komponenten.config.ts), and end-to-end tests that build the site once and drive it in
// real Chromium (/usr/bin/chromium via playwright-core).
export default defineConfig({
  test: {
    projects: [
      // Some unit tests run the CLIs several times; on a machine shared by several jobs that can exceed a minute.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      'vitest.komponenten.config.ts',
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/aufbau.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // Files run in parallel, one worker per core: Chromium waits for the network and for layout much of
          // the time, and a variant's build (varianten.ts, one at a time) overlaps with browser checks.
          // On a machine shared by several jobs one browser round trip can take over a second, the default
          // of expect.poll; waiting longer never lets a wrong page pass.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
