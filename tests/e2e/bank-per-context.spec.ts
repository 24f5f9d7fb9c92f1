// One bank per context, in Chromium on the built app (docs/decisions/0023): onboard on the in-page
// practice bank, switch Settings to "bunq sandbox (direct)" with EVERY request to a host that is
// not loopback intercepted and recorded here, press the actions of Accounts and Console: no
// recorded request carries the practice context's API key, tokens or key, and the header does not
// show the practice user as the sandbox identity. The practice secrets are read the way a user
// gets them: from the context's exported bunq.conf.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, createVault, runAllSteps } from './newcomer-helpers'

// A service worker would fetch on the page's behalf, out of the routes' sight: keep it out.
test.use({ serviceWorkers: 'block' })

interface Recorded {
  method: string
  url: string
  headers: Record<string, string>
  body: string
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

/** Exports the active context's bunq.conf from the Start page and reads its secrets. */
async function practiceSecrets(page: Page): Promise<string[]> {
  await page.goto('/#/start')
  await page.getByRole('button', { name: 'Export bunq.conf…' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download' }).click(),
  ])
  const conf = JSON.parse(await readFile((await download.path())!, 'utf8'))
  const pemBody = (pem: string) =>
    pem
      .replace(/-----[A-Z ]+-----/g, '')
      .replace(/\s+/g, '')
      .slice(0, 64)
  const secrets = [
    conf.api_key,
    conf.installation_context.token,
    conf.session_context.token,
    pemBody(conf.installation_context.private_key_client),
    pemBody(conf.installation_context.public_key_client),
  ]
  for (const secret of secrets) expect(typeof secret === 'string' && secret.length > 16).toBe(true)
  return secrets
}

/** Presses every enabled button of a view's main area, each on a fresh visit of the view. */
async function pressEveryAction(page: Page, route: string): Promise<string[]> {
  await page.goto(route)
  const main = page.locator('main')
  await expect(main.locator('h1')).toBeVisible()
  const names = await main.getByRole('button').evaluateAll((buttons) =>
    buttons
      .filter((b) => !(b as HTMLButtonElement).disabled && (b as HTMLElement).offsetParent)
      .map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim())
      .filter((name) => name !== ''),
  )
  // "Use the practice bank" (offered by a failed connection) chooses the practice bank again:
  // correct, but it would end the test's stay on the sandbox.
  const actions = names.filter((name) => !/practice bank/i.test(name))
  for (const name of actions) {
    await page.goto(route)
    const button = main.getByRole('button', { name, exact: true }).first()
    if ((await button.count()) === 0 || !(await button.isEnabled())) continue
    await button.click({ timeout: 5_000 }).catch(() => undefined)
    await page.waitForTimeout(300) // let any request it starts leave (and be recorded)
  }
  return actions
}

test('a practice context’s key and tokens never reach the bunq sandbox', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  const recorded: Recorded[] = []
  await context.route(
    (url) => !isLoopback(url),
    async (route) => {
      const request = route.request()
      recorded.push({
        method: request.method(),
        url: request.url(),
        headers: await request.allHeaders(),
        body: request.postData() ?? '',
      })
      await route.abort('internetdisconnected')
    },
  )
  // Anything the routes did not see is still listed (it would fail the test below).
  const unrouted: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!isLoopback(url) && url.protocol.startsWith('http')) unrouted.push(request.url())
  })

  await createVault(page)
  await createSandboxPerson(page)
  await runAllSteps(page)
  const header = page.getByRole('region', { name: 'Session' })
  const practiceUser = (await header.locator('.who strong').innerText()).trim()
  expect(practiceUser).not.toBe('')
  await expect(header).toContainText('Practice bank (this page)')
  const secrets = await practiceSecrets(page)
  expect(recorded).toEqual([]) // the practice bank lives in the page: nothing left it so far

  await page.goto('/#/settings')
  await page.getByRole('radio', { name: /bunq sandbox \(direct\)/ }).check()
  await expect(page.getByText('No context for bunq sandbox yet.')).toBeVisible({ timeout: 20_000 })
  await expect(header).toContainText('bunq sandbox')
  await expect(header).not.toContainText(practiceUser)
  await expect(header).toContainText('No context for this bank yet')

  const accounts = await pressEveryAction(page, '/#/accounts')
  await expect(header).not.toContainText(practiceUser)
  await page.goto('/#/console')
  await page.getByLabel('Path (after /v1)').fill('/user')
  await page.getByRole('button', { name: 'Send signed' }).click()
  await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 10_000 })
  const consoleActions = await pressEveryAction(page, '/#/console')
  expect(accounts.length + consoleActions.length).toBeGreaterThan(0)
  await expect(page.locator('main')).not.toContainText(practiceUser)

  // A context of the sandbox made as a newcomer would: its requests go to the sandbox (and are
  // recorded), carrying nothing of the practice context.
  await page.goto('/#/api-key')
  await page.getByRole('button', { name: 'Create sandbox person' }).click()
  await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 })
  await pressEveryAction(page, '/#/accounts')
  await expect(header).not.toContainText(practiceUser)

  const toSandbox = recorded.filter((r) => new URL(r.url).host === 'public-api.sandbox.bunq.com')
  expect(toSandbox.length).toBeGreaterThan(0) // the interception saw the sandbox being called
  for (const request of recorded) {
    const sent = `${request.method} ${request.url}\n${JSON.stringify(request.headers)}\n${request.body}`
    for (const secret of secrets) expect(sent).not.toContain(secret)
  }
  expect(unrouted.filter((url) => !recorded.some((r) => r.url === url))).toEqual([])
  await page.screenshot({ path: 'test-results/bank-per-context-sandbox.png', fullPage: true })
})
