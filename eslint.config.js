import { defineConfig } from 'eslint/config'
import js from '@eslint/js'
import ts from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import svelteConfig from './svelte.config.js'

// The protocol core and crypto stay runtime-neutral (docs/architecture.md, "a pure protocol core"): no DOM, no Svelte, no IndexedDB.
const pureCoreRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['svelte', 'svelte/*', '*.svelte'],
          message: 'The protocol core never imports Svelte.',
        },
        {
          group: ['idb', '**/storage/**', '**/state/**', '**/ui/**'],
          message: 'The protocol core never touches storage or UI.',
        },
        {
          group: ['**/practice-bank/**'],
          message: 'The protocol core and the practice bank are independent implementations.',
        },
      ],
    },
  ],
  'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'indexedDB', 'fetch'],
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/', // OUT_DIR builds of tests and benches (.gitignore)
      'dev-dist/',
      'node_modules/',
      'src/**/__screenshots__/',
      'test-results/',
      'playwright-report/',
      'bench/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  { files: ['src/bunq/**/*.ts', 'src/crypto/**/*.ts'], rules: pureCoreRestrictions },
  {
    // The catalogue and its validator are shared by the console, the protocol core and the practice
    // bank (docs/decisions/0013): they import none of them.
    files: ['src/spec/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/bunq/**',
                '**/practice-bank/**',
                '**/state/**',
                '**/ui/**',
                '**/transport/**',
                '**/storage/**',
                'svelte',
                'svelte/*',
              ],
              message: 'src/spec imports nothing of the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/practice-bank/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bunq/**'],
              message: 'The practice bank never imports the protocol core.',
            },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
)
