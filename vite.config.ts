import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { APP_CHUNK_GROUPS } from './src/boot/chunks.ts'
import { cspPlugin } from './src/pwa/csp-plugin.ts'
import { parseConnectSrc } from './src/pwa/csp.ts'
import { manifest } from './src/pwa/manifest.ts'

// BASE_PATH lets the same build run from a sub-path of a static host (e.g. /workbench/).
const base = normalizeBase(process.env.BASE_PATH ?? '/')

export default defineConfig({
  base,
  plugins: [
    svelte(),
    // docs/decisions/0003: a new worker waits for the user's "Reload" (registerType 'prompt');
    // the first one still takes the page at once (clientsClaim; toolchain.md P2).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // src/pwa/boot.ts imports virtual:pwa-register: no inline script
      manifest,
      includeManifestIcons: false, // globPatterns already precaches them; no duplicates
      workbox: {
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'], // the plugin adds the manifest itself
        navigateFallback: 'index.html',
      },
    }),
    // docs/decisions/0004: the policy travels in a <meta>; CONNECT_SRC adds relay origins.
    cspPlugin({ extraConnectSrc: parseConnectSrc(process.env.CONNECT_SRC) }),
  ],
  // OUT_DIR lets parallel builds (tests, benches) use their own folder.
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: process.env.OUT_DIR ?? 'dist',
    // The first screen in one file, the rest of the app in another (docs/decisions/0007; src/boot/chunks.ts).
    rolldownOptions: { output: { codeSplitting: { groups: APP_CHUNK_GROUPS } } },
  },
  preview: { host: '127.0.0.1' },
})

/** "/workbench" or "workbench/" -> "/workbench/": Vite and the service worker scope want both slashes. */
function normalizeBase(value: string): string {
  if (value === '' || value === '.' || value === './') return './'
  return `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
}
