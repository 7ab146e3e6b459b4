import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests import workspace packages from source so that a test run never depends on a stale build.
export default defineConfig({
  resolve: {
    alias: {
      '@polyphony/core': pkg('core'),
      '@polyphony/formats': pkg('formats'),
      '@polyphony/store': pkg('store'),
      '@polyphony/app': pkg('app'),
      '@polyphony/server': pkg('server'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    // The web app has its own config (jsdom, React); the e2e suite has another (Chromium).
    exclude: ['**/node_modules/**', 'packages/web/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
