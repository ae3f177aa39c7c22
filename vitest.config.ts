import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Without timings of an earlier run (a fresh clone, CI), Vitest starts the largest files first. The page
 * sweeps (axe per width, CSP, 320 px and print) are short files with the longest runs; started last, they
 * leave one worker idle at the end. They go first within their project; with timings, those decide.
 */
class SweepsZuerst extends BaseSequencer {
  override async sort(dateien: TestSpecification[]): Promise<TestSpecification[]> {
    const sortiert = await super.sort(dateien);
    if (sortiert.every((d) => this.ctx.cache.getTestSpecificationResult(d))) return sortiert;
    const sweep = (d: TestSpecification) =>
      /tests\/e2e\/(barrierefreiheit-\w+|sicherheit|darstellung)\.test\.ts$/.test(d.moduleId) ? 0 : 1;
    const projekt = (d: TestSpecification) => sortiert.findIndex((x) => x.project === d.project);
    return [...sortiert].sort((a, b) => projekt(a) - projekt(b) || sweep(a) - sweep(b));
  }
}

// Three projects: fast unit tests of src/lib, Astro components rendered with the Container API
// (vitest.komponenten.config.ts), and end-to-end tests that build the site once and drive it in
// real Chromium (/usr/bin/chromium via playwright-core).
export default defineConfig({
  test: {
    sequence: { sequencer: SweepsZuerst },
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
          // the time, and the shared variant's build (varianten.ts) overlaps with browser checks.
          // On a machine shared by several jobs one browser round trip can take over a second, the default
          // of expect.poll; waiting longer never lets a wrong page pass.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
