/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro components rendered with the Container API, in a Vite set up by Astro itself.
export default getViteConfig({
  test: { name: 'komponenten', include: ['tests/komponenten/**/*.test.ts'], testTimeout: 60_000 },
});
