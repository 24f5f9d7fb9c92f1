import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'

// Three projects: plain Node for the protocol core, crypto, storage and practice bank; Node with
// the Svelte plugin for the state models' runes classes (tests/state, docs/decisions/0009); jsdom
// for Svelte components. Browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/ui/**', 'tests/e2e/**', 'tests/state/**', 'node_modules/**'],
          setupFiles: ['./tests/setup-node.ts'],
          testTimeout: 20000,
        },
      },
      {
        // The state models' runes classes, in Node without a DOM, compiled and run as in the page
        // (client output and Svelte's client runtime), so $state, $derived and $effect behave the same.
        plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
        resolve: { conditions: ['browser'] },
        ssr: { resolve: { conditions: ['browser'] } },
        test: {
          name: 'state',
          environment: 'node',
          include: ['tests/state/**/*.test.ts'],
          setupFiles: ['./tests/setup-node.ts'],
          testTimeout: 20000,
        },
      },
      {
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.ts'],
          setupFiles: ['./tests/setup-node.ts', './tests/setup-dom.ts'],
          testTimeout: 20000,
        },
      },
    ],
  },
})
