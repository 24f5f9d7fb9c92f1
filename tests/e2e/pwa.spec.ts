import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test } from '@playwright/test'
import { startStaticHost, type StaticHost } from '../pwa/static-server'
import { builtApp, expectAppShown, waitForControl, SW_TIMEOUT } from '../pwa/built-app'

// Installable and offline. Each test runs its own static host (on a free port) so it can stop
// it: "the server is gone" must be real, not just setOffline.
let host: StaticHost | undefined

/**
 * Chromium's favicon loader may bypass the service worker, so offline the tab icon may
 * fail to load; that is browser chrome, not the app. Every other failed request counts.
 */
function recordFailure(failed: string[], url: string): void {
  if (!url.endsWith('/favicon.svg')) failed.push(url)
}
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('first load registers the service worker, is controlled at once, and says offline-ready', async ({
  page,
}) => {
  host = await startStaticHost(builtApp, 0)
  await page.goto(host.url)
  await expectAppShown(page)
  await waitForControl(page)
  const registration = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    return { scope: reg.scope, script: reg.active?.scriptURL }
  })
  expect(registration).toEqual({ scope: host.url, script: `${host.url}sw.js` })
  await expect(page.getByRole('status', { name: 'App updates' })).toContainText(
    'Ready to work offline',
    { timeout: SW_TIMEOUT },
  )
})

test('the manifest is installable: name, standalone, relative start_url, icons that load', async ({
  page,
}) => {
  host = await startStaticHost(builtApp, 0)
  await page.goto(host.url)
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifestUrl = new URL(href ?? '', host.url).href
  const manifest = await (await page.request.get(manifestUrl)).json()
  expect(manifest).toMatchObject({ name: 'bunq workbench', display: 'standalone' })
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(host.url)
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href)
    expect(response.ok(), icon.src).toBe(true)
    expect(response.headers()['content-type']).toBe(icon.type)
  }
})

test('offline with the server stopped, a reload and a new tab still show the app', async ({
  page,
  context,
}) => {
  host = await startStaticHost(builtApp, 0)
  const url = host.url
  await page.goto(url)
  await waitForControl(page)
  await host.stop()
  host = undefined
  await context.setOffline(true)

  const reloaded = await page.reload()
  expect(reloaded?.fromServiceWorker()).toBe(true)
  await expectAppShown(page)

  const second = await context.newPage()
  const opened = await second.goto(url)
  expect(opened?.fromServiceWorker()).toBe(true)
  await expectAppShown(second)
  // Every script and stylesheet came from the cache, so the page is whole, not just its HTML.
  // Let the boot finish its own lazy loads first: a reload aborts a chunk still in flight, which
  // would be counted as a failure although it came from the cache.
  await second.waitForLoadState('networkidle')
  const failed: string[] = []
  second.on('requestfailed', (request) => recordFailure(failed, request.url()))
  await second.reload()
  await expectAppShown(second)
  expect(failed).toEqual([])
})

test('offline with the server stopped, every view still opens (lazy chunks are precached)', async ({
  page,
  context,
}) => {
  host = await startStaticHost(builtApp, 0)
  await page.goto(host.url)
  await waitForControl(page)
  const routes = await page
    .locator('a[href^="#/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))])
  expect(routes.length).toBeGreaterThan(0)
  const url = host.url
  await host.stop()
  host = undefined
  await context.setOffline(true)
  const failed: string[] = []
  page.on('requestfailed', (request) => recordFailure(failed, request.url()))
  for (const route of routes) {
    await page.goto(`${url}${route}`)
    // Let the boot's own chunk loads finish: a reload in the middle of them aborts them. The view
    // and what it loads (e.g. the practice bank) arrive after the shell (src/boot/routes.svelte.ts).
    await expectAppShown(page)
    await page.waitForLoadState('networkidle')
    await page.reload()
    await expectAppShown(page)
  }
  expect(failed).toEqual([])
})

test('the update/offline toast passes axe and is reachable by keyboard', async ({ page }) => {
  host = await startStaticHost(builtApp, 0)
  await page.goto(host.url)
  const toast = page.getByRole('status', { name: 'App updates' })
  await expect(toast).toContainText('Ready to work offline', { timeout: SW_TIMEOUT })
  // page.evaluate is not subject to the page's CSP, unlike an injected <script> tag.
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  )
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: string) => Promise<{ violations: { id: string }[] }> }
      }
    ).axe
    return (await axe.run('#pwa-prompt')).violations.map((violation) => violation.id)
  })
  expect(violations).toEqual([])
  const ok = toast.getByRole('button', { name: 'OK' })
  await ok.focus()
  await page.keyboard.press('Enter')
  await expect(toast).toHaveCount(0)
})
