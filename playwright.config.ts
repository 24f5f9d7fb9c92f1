import { defineConfig } from '@playwright/test'

/** Flags for Chromium on these machines: the network is closed, so background services stay off. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const port = Number(process.env.E2E_PORT ?? 4190)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  workers: 1,
  // One retry for timing-sensitive browser runs on a loaded 2-core machine; test-all.mjs reports
  // every test that needed it as flaky, so a retry never hides silently.
  retries: 1,
  reporter: [['list'], ['json']],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${process.env.OUT_DIR ?? 'dist'}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
  },
})
