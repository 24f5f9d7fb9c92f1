import { expect, test } from '@playwright/test'
import { startStaticHost, type StaticHost } from '../pwa/static-server'
import { buildInto, expectAppShown, removeDir, waitForControl } from '../pwa/built-app'

// `BASE_PATH=/workbench/ npm run build` works from a sub-path of a plain static host,
// service worker and offline included. This suite builds its own copy.
const BASE = '/workbench/'
let dir = ''
let relativeDir = ''
let host: StaticHost | undefined

test.beforeAll(() => {
  test.setTimeout(120_000)
  dir = buildInto({ BASE_PATH: BASE })
  relativeDir = buildInto({ BASE_PATH: './' })
})
test.afterAll(() => [dir, relativeDir].forEach(removeDir))
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('the sub-path build loads, registers its worker for the sub-path, and asks nothing outside it', async ({
  page,
}) => {
  host = await startStaticHost(dir, 0, BASE)
  await page.goto(host.url)
  await expectAppShown(page)
  await waitForControl(page)
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(scope).toBe(host.url)
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifestUrl = new URL(manifestHref ?? '', host.url).href
  const manifest = await (await page.request.get(manifestUrl)).json()
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(host.url)
  expect(new URL(manifest.scope, manifestUrl).href).toBe(host.url)
  // The host 404s anything outside the base; none of the page's requests went there.
  expect(host.requests.filter((path) => !path.startsWith(BASE))).toEqual([])
})

test('the sub-path build reloads offline with the server stopped', async ({ page, context }) => {
  host = await startStaticHost(dir, 0, BASE)
  const url = host.url
  await page.goto(`${url}#/settings`)
  await waitForControl(page)
  await host.stop()
  host = undefined
  await context.setOffline(true)
  const response = await page.reload()
  expect(response?.fromServiceWorker()).toBe(true)
  await expectAppShown(page)
})

test('a relative build (BASE_PATH=./) works from whatever folder it is copied to, offline too', async ({
  page,
  context,
}) => {
  host = await startStaticHost(relativeDir, 0, '/any/folder/')
  const url = host.url
  await page.goto(url)
  await expectAppShown(page)
  await waitForControl(page)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(url)
  expect(host.requests.filter((path) => !path.startsWith('/any/folder/'))).toEqual([])
  await host.stop()
  host = undefined
  await context.setOffline(true)
  expect((await page.reload())?.fromServiceWorker()).toBe(true)
  await expectAppShown(page)
})
