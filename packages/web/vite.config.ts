import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app reads core from source: it needs only types and a few pure helpers, and this
// keeps the browser bundle free of a second build step.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@polyphony/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
