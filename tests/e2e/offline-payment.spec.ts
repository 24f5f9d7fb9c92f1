// With the browser offline AND the server stopped, a reload shows the app
// and a practice-bank payment succeeds: vault, sandbox user, onboarding, top-up and payment, all
// with no network. A live transport then says it is offline (the 'network-offline' explainer)
// instead of failing obscurely, and the page never asks any origin but its own.
import { expect, test, type Page } from '@playwright/test'
import { builtApp, expectAppShown, waitForControl } from '../pwa/built-app'
import { startStaticHost, type StaticHost } from '../pwa/static-server'

const PASSPHRASE = 'fake offline passphrase'
let host: StaticHost | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

/** A route of the same document: a hash change, which needs no network. */
async function open(page: Page, url: string, route: string) {
  await page.goto(`${url}#/${route}`)
}

test('offline, server stopped: reload, onboard, top up and pay on the practice bank', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000)
  host = await startStaticHost(builtApp, 0)
  const url = host.url
  const origin = new URL(url).origin
  await page.goto(url)
  await expectAppShown(page)
  await waitForControl(page)
  await host.stop()
  host = undefined
  await context.setOffline(true)

  const requested: string[] = []
  const pageErrors: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  page.on('pageerror', (error) => pageErrors.push(error.message))
  const reloaded = await page.reload()
  expect(reloaded?.fromServiceWorker()).toBe(true)
  await expectAppShown(page)
  await expect(page.getByText(/Offline\. The practice bank still works/)).toBeVisible() // the banner

  await open(page, url, 'start')
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create vault' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })

  await open(page, url, 'api-key')
  await page.getByRole('button', { name: 'Create sandbox person' }).click()
  await expect(page.getByText('Sandbox person created')).toBeVisible({ timeout: 20_000 })
  await open(page, url, 'onboarding')
  await page.getByRole('button', { name: 'Run all remaining steps' }).click()
  await expect(page.getByText('5 of 5 done')).toBeVisible({ timeout: 30_000 })

  await open(page, url, 'accounts')
  await page.getByLabel('Amount (EUR, max 500)').fill('100')
  await page.getByRole('button', { name: 'Request money' }).click()
  await expect(page.getByText(/from Sugar Daddy: ACCEPTED/)).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.account .balance').first()).toContainText('100')

  // Pay some back to Sugar Daddy, the practice bank's one outside party (docs/protocol.md §10.2).
  await page.getByLabel('Amount (EUR)', { exact: true }).fill('12.34')
  await page.getByRole('radio', { name: 'Email' }).check()
  await page.getByLabel('Email address').fill('sugardaddy@bunq.com')
  await page.getByLabel('Description').fill('Offline payment')
  await page.getByRole('button', { name: 'Review payment' }).click()
  await page.getByRole('button', { name: 'Send payment' }).click()
  await expect(page.getByText(/Paid 12\.34 EUR/)).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('region', { name: 'Payments', exact: true })).toContainText(
    'Offline payment',
  )
  await expect(page.locator('.account .balance').first()).toContainText('87.66')
  await page.screenshot({ path: 'test-results/offline-payment.png', fullPage: true })

  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter((r) => new URL(r).origin !== origin)).toEqual([])
  expect(pageErrors).toEqual([])
})

test('offline, a direct transport says so (network-offline) and sends nothing', async ({
  page,
  context,
}) => {
  host = await startStaticHost(builtApp, 0)
  const url = host.url
  const origin = new URL(url).origin
  await page.goto(url)
  await waitForControl(page)
  await open(page, url, 'start')
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create vault' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
  await open(page, url, 'settings')
  await page.getByRole('radio', { name: /bunq sandbox \(direct\)/ }).check()
  // Choosing a live transport runs a check against bunq while still online; its transport code
  // loads on first use, so let it finish before the network goes.
  await page.waitForLoadState('networkidle')

  await host.stop()
  host = undefined
  await context.setOffline(true)
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  await open(page, url, 'api-key')
  await page.getByRole('button', { name: 'Create sandbox person' }).click()
  const explainer = page.getByRole('main').getByText('The browser has no network connection')
  await expect(explainer.first()).toBeVisible({ timeout: 20_000 })
  await page.screenshot({ path: 'test-results/offline-direct.png', fullPage: true })
  // navigator.onLine is false, so the transport reports it without trying bunq's origin.
  expect(requested.filter((r) => new URL(r).origin !== origin)).toEqual([])
})
