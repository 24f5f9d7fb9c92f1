import { expect, test } from '@playwright/test'
import { startStaticHost, type StaticHost } from '../pwa/static-server'
import {
  copyOfBuild,
  markAsNewRelease,
  removeDir,
  SW_TIMEOUT,
  waitForControl,
} from '../pwa/built-app'

// docs/decisions/0003: a redeploy shows "Update available", never reloads by itself,
// and what lives in IndexedDB (vaults, history, practice bank) survives the switch.
let host: StaticHost | undefined
const dirs: string[] = []
test.afterEach(async () => {
  await host?.stop()
  host = undefined
  dirs.splice(0).forEach(removeDir)
})

/** Writes a record the way the app's stores do, in a database of the test's own. */
const writeProbe = () =>
  new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('pwa-update-probe', 1)
    open.onupgradeneeded = () => open.result.createObjectStore('kv')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite')
      tx.objectStore('kv').put({ sealed: 'fake-ciphertext-AAAA' }, 'vault')
      tx.oncomplete = () => (open.result.close(), resolve())
      tx.onerror = () => reject(tx.error)
    }
  })

const readProbe = () =>
  new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open('pwa-update-probe', 1)
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const get = open.result.transaction('kv').objectStore('kv').get('vault')
      get.onsuccess = () => (open.result.close(), resolve(get.result))
      get.onerror = () => reject(get.error)
    }
  })

const databaseNames = () =>
  indexedDB.databases().then((list) => list.map((db) => db.name ?? '').sort())

test('a new release waits for "Reload", then takes over and IndexedDB is intact', async ({
  page,
}) => {
  const releaseA = copyOfBuild()
  const releaseB = copyOfBuild()
  dirs.push(releaseA, releaseB)
  markAsNewRelease(releaseB, 'release-b')
  host = await startStaticHost(releaseA, 0)

  await page.goto(host.url)
  await waitForControl(page)
  await page.evaluate(writeProbe)
  const before = await page.evaluate(databaseNames)
  expect(before).toContain('pwa-update-probe')
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

  host.setRoot(releaseB)
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
  const toast = page.getByRole('status', { name: 'App updates' })
  await expect(toast).toContainText('Update available', { timeout: SW_TIMEOUT })

  // The new worker waits: same page, old release, nothing reloaded behind the user's back.
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true)
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
  ).not.toBeNull()
  await expect(page.locator('meta[name="release"]')).toHaveCount(0)

  await toast.getByRole('button', { name: 'Reload' }).click()
  await expect(page.locator('meta[name="release"]')).toHaveAttribute('content', 'release-b', {
    timeout: SW_TIMEOUT,
  })
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false)
  await waitForControl(page)

  // IndexedDB is untouched by the switch: every database is still there, the record too.
  expect(await page.evaluate(databaseNames)).toEqual(before)
  expect(await page.evaluate(readProbe)).toEqual({ sealed: 'fake-ciphertext-AAAA' })
  // The old precache was cleaned up (cleanupOutdatedCaches) without touching anything else.
  const caches = await page.evaluate(() => globalThis.caches.keys())
  expect(caches.filter((name) => name.startsWith('workbox-precache'))).toHaveLength(1)
})

test('"Later" hides the prompt and the page keeps running the old release', async ({ page }) => {
  const releaseA = copyOfBuild()
  const releaseB = copyOfBuild()
  dirs.push(releaseA, releaseB)
  markAsNewRelease(releaseB, 'release-b')
  host = await startStaticHost(releaseA, 0)
  await page.goto(host.url)
  await waitForControl(page)
  host.setRoot(releaseB)
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update())
  const toast = page.getByRole('status', { name: 'App updates' })
  await expect(toast).toContainText('Update available', { timeout: SW_TIMEOUT })
  await toast.getByRole('button', { name: 'Later' }).click()
  await expect(toast).toHaveCount(0)
  await expect(page.locator('meta[name="release"]')).toHaveCount(0)
})
