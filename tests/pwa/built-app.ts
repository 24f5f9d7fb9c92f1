import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, type Page } from '@playwright/test'

/** The built app the e2e suite runs against (`OUT_DIR`, as playwright.config.ts serves it). */
export const builtApp = resolve(process.env.OUT_DIR ?? 'dist')

/** Every service-worker wait is bounded (docs/toolchain.md P2): a hang becomes a clear failure. */
export const SW_TIMEOUT = 15_000

/** Waits until a service worker controls the page. */
export async function waitForControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: SW_TIMEOUT,
  })
}

/** A private copy of a built app, so a test can redeploy or delete it without touching others. */
export function copyOfBuild(from = builtApp): string {
  const dir = mkdtempSync(join(tmpdir(), 'bunq-workbench-pwa-'))
  cpSync(from, dir, { recursive: true })
  return dir
}

/**
 * Makes `dir` a new release of the same app, as a redeploy would: index.html changes (so its
 * precache revision changes) and sw.js changes byte-wise, which is what makes browsers install it.
 */
export function markAsNewRelease(dir: string, label: string): void {
  const indexPath = join(dir, 'index.html')
  const html = readFileSync(indexPath, 'utf8')
  writeFileSync(
    indexPath,
    html.replace('</head>', `<meta name="release" content="${label}"></head>`),
  )
  const swPath = join(dir, 'sw.js')
  const sw = readFileSync(swPath, 'utf8').replace(
    /(\{url:"index\.html",revision:")[0-9a-f]+"/,
    `$1${label}"`,
  )
  if (!sw.includes(`revision:"${label}"`))
    throw new Error('sw.js: index.html precache entry not found')
  writeFileSync(swPath, sw)
}

/** Builds the app with extra environment (e.g. BASE_PATH) into a fresh temporary folder. */
export function buildInto(env: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bunq-workbench-build-'))
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir'], {
    env: { ...process.env, ...env, OUT_DIR: dir },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`)
  return dir
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/** The app is really up: index.html arrived and the Svelte app mounted into #app. */
export async function expectAppShown(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/bunq workbench/)
  await expect(page.locator('#app')).toContainText('bunq workbench')
}
