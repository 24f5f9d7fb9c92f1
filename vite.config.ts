import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// BASE_PATH lets the same build run from a sub-path of a static host (e.g. /workbench/).
const base = process.env.BASE_PATH ?? '/'

export default defineConfig({
  base,
  plugins: [svelte()],
  // OUT_DIR lets parallel builds (tests, benches) use their own folder.
  build: { target: 'es2022', sourcemap: false, outDir: process.env.OUT_DIR ?? 'dist' },
  preview: { host: '127.0.0.1' },
})
