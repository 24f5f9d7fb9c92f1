/**
 * Builds the bench page (scripts/bench/page) with the app's own Svelte setup and build target, so
 * the core runs minified in Chromium as it does in the app. Output: dist-bench-page (gitignored).
 */
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('../..', import.meta.url))
export const BENCH_PAGE_DIR = `${root}dist-bench-page`

export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [svelte({ configFile: `${root}svelte.config.js` })],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: BENCH_PAGE_DIR,
    emptyOutDir: true,
  },
})
