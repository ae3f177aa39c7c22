import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { name: 'komponenten', include: ['tests/komponenten/**/*.test.ts'] } } as never);
