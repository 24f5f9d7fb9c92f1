// The console's list of all operations is a lazy chunk the service worker precaches: with the
// server stopped and the browser offline, it still opens and searches (docs/decisions/0013).
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { builtApp, waitForControl } from '../pwa/built-app'
import { startStaticHost, type StaticHost } from '../pwa/static-server'

const COUNT = JSON.parse(
  readFileSync(new URL('../../src/spec/catalogue.json', import.meta.url), 'utf8'),
).operations.length as number
// Its own port, beside the suite's preview server (E2E_SERVER_PORT + 7).
const PORT = Number(process.env.E2E_SERVER_PORT ?? 4321) + 7

let host: StaticHost | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('offline, the console still opens all operations and finds one', async ({ page, context }) => {
  test.setTimeout(90_000)
  host = await startStaticHost(builtApp, PORT)
  const url = host.url
  await page.goto(url)
  await waitForControl(page)
  await page.goto(`${url}#/start`)
  await createVaultAt(page)
  await host.stop()
  host = undefined
  await context.setOffline(true)

  await page.evaluate(() => (location.hash = '#/console'))
  await page.getByRole('button', { name: `${COUNT} operations` }).click()
  await page.getByRole('combobox', { name: 'Search operations' }).fill('bunqme-tab')
  await expect(page.getByRole('option').first()).toContainText('bunqme-tab')
})

/** createVault navigates with a relative URL; here the page is already on the host's Start view. */
async function createVaultAt(page: import('@playwright/test').Page) {
  await page.getByLabel('Passphrase', { exact: true }).fill('fake e2e passphrase')
  await page.getByLabel('Repeat passphrase').fill('fake e2e passphrase')
  await page.getByRole('button', { name: 'Create vault' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
}
