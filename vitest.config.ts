import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'

// Two projects: Node for the protocol core, crypto, storage, practice bank and the state models
// (the Svelte plugin compiles their `.svelte.ts` runes classes, docs/decisions/0009); jsdom for
// Svelte components. Browser tests live in tests/e2e and run under Playwright.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/ui/**', 'tests/e2e/**', 'node_modules/**'],
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
