import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string) => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url));

// End-to-end tests: a real server on a real project, driven in Debian's Chromium.
export default defineConfig({
  resolve: { alias: { '@polyphony/core': pkg('core'), '@polyphony/store': pkg('store'), '@polyphony/server': pkg('server') } },
  test: { include: ['e2e/**/*.e2e.ts'], root: fileURLToPath(new URL('..', import.meta.url)), testTimeout: 120_000, hookTimeout: 120_000, pool: 'forks' },
});
