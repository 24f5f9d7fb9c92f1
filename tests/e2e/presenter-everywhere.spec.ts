// Presenter mode everywhere, in Chromium on the built app with the in-page practice
// bank: a newcomer onboards, tops up and pays; the secrets are collected from the page's own raw
// exchanges (the reveal toggles) BEFORE presenter mode; then every view is visited with presenter
// mode on and its text must hold none of them: API key, installation and session tokens, client
// and server signatures, full IBANs, nor the short prefix a redacted copy keeps (`sandbox_136d…`,
// `5cde… •••• redacted`). With presenter mode off the same check finds them. Presenter
// mode survives a reload.
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  createSandboxPerson,
  createVault,
  firstIban,
  payIban,
  runAllSteps,
  topUp,
  unlockVault,
} from './newcomer-helpers'

const secrets = new Set<string>()
const ibans = new Set<string>()
const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ')

/** Opens every exchange and `<details>` on the page, and ticks every reveal toggle that exists. */
async function openEverything(page: Page, reveal: boolean) {
  // A clicked button is renamed ("Hide …"), so always click the first one left.
  await clickAll(page.getByRole('button', { name: 'Show the raw exchange' }))
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)))
  if (!reveal) return
  for (const box of await page.getByLabel('Reveal secrets').all()) await box.check()
  await clickAll(page.getByRole('button', { name: /^Reveal / }))
}

async function clickAll(buttons: Locator) {
  for (let n = await buttons.count(); n > 0; n--) await buttons.first().click()
  await expect(buttons).toHaveCount(0)
}

/** Reads the secrets the page shows once revealed: secret headers, secret body fields, IBANs. */
async function collectFromPage(page: Page) {
  const found = await page.evaluate(() => {
    const out: string[] = []
    for (const row of document.querySelectorAll('dl[aria-label$="headers"] div')) {
      const name = row.querySelector('dt')?.textContent?.trim() ?? ''
      const value = row.querySelector('dd')?.textContent?.trim() ?? ''
      if (/^x-bunq-(client-authentication|client-signature|server-signature)$/i.test(name))
        out.push(value)
    }
    for (const value of document.querySelectorAll('.secret code'))
      out.push(value.textContent?.trim() ?? '')
    const text = document.body.innerText
    for (const m of text.matchAll(/"(api_key|token|secret)":\s*"([^"]+)"/g)) out.push(m[2])
    return { values: out, ibans: text.match(/\bNL\d{2}BUNQ\d{10}\b/g) ?? [] }
  })
  for (const value of found.values)
    if (value.length >= 16 && !value.includes('•') && !value.includes('redacted'))
      secrets.add(value)
  for (const iban of found.ibans) ibans.add(iban)
}

/** Every secret and full IBAN that is in the page's text right now. */
async function leaks(page: Page): Promise<string[]> {
  await openEverything(page, false)
  const text = await page.evaluate(() => document.body.innerText)
  const out = [...secrets].filter((secret) => text.includes(secret))
  // A prefix of 4 or more characters followed by the ellipsis the redaction adds.
  for (const secret of secrets)
    for (let n = 4; n <= 12; n++)
      if (text.includes(`${secret.slice(0, n)}…`)) out.push(`a prefix of ${secret.slice(0, 4)}…`)
  for (const m of text.matchAll(/sandbox_[0-9a-zA-Z]+…|\S+… •••• redacted/g)) out.push(m[0])
  for (const iban of ibans) if (text.includes(iban) || text.includes(grouped(iban))) out.push(iban)
  if (/sandbox_[0-9a-zA-Z]{8,}/.test(text)) out.push('a sandbox API key')
  if (text.includes('PRIVATE KEY-----\n')) out.push('a private key')
  return out
}

async function consoleGet(page: Page, path: string) {
  await page.goto('/#/console')
  await page.getByLabel('Method').selectOption('GET')
  await page.getByLabel('Path (after /v1)').fill(path)
  await page.getByRole('button', { name: 'Send signed' }).click()
  await expect(page.getByRole('region', { name: 'Last exchange' })).toContainText('HTTP 200')
}

test('presenter mode shows no secret and no full IBAN on any view', async ({ page }) => {
  test.setTimeout(180_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  await createVault(page)
  await page.getByLabel('New context name').fill('Bob')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await createSandboxPerson(page)
  await runAllSteps(page)
  const bobIban = await firstIban(page)
  ibans.add(bobIban)

  await page.goto('/#/start')
  await page.getByLabel('New context name').fill('Alice')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('radio', { name: /Alice/ })).toBeChecked()
  await createSandboxPerson(page)
  await openEverything(page, true) // the API key page: reveal the key
  await collectFromPage(page)
  // Bob's session-server call was moments ago: bunq allows one per 30 s (§9), so the page's
  // limiter holds Alice's for up to 30.25 s; wait for it rather than for runAllSteps' 30 s.
  await page.goto('/#/onboarding')
  await page.getByRole('button', { name: 'Run all remaining steps' }).click()
  await expect(page.getByText('5 of 5 done')).toBeVisible({ timeout: 60_000 })
  await topUp(page, '100')
  ibans.add(await firstIban(page))
  await payIban(page, '12.34', bobIban, 'Bob', 'Presenter payment')
  await expect(page.getByText(/Paid 12\.34 EUR to Bob/)).toBeVisible({ timeout: 20_000 })

  // Collect from the raw exchanges, before presenter mode: onboarding steps and a console call.
  await page.goto('/#/onboarding')
  await openEverything(page, true)
  await collectFromPage(page)
  await consoleGet(page, '/user/{userID}/monetary-account-bank')
  await openEverything(page, true)
  await collectFromPage(page)
  const kinds = [...secrets].join('\n')
  expect(kinds, 'the session and installation tokens').toMatch(/[0-9a-f]{64}/)
  expect(kinds, 'the API key').toMatch(/sandbox_/)
  // API key, installation and session tokens, client and server signatures of 3 signed calls.
  expect(secrets.size, 'tokens, API key and signatures').toBeGreaterThanOrEqual(9)
  expect(ibans.size).toBeGreaterThanOrEqual(2)

  // Presenter off: the check finds secrets (revealed) and IBANs, so it can fail.
  expect((await leaks(page)).length).toBeGreaterThan(0)
  await page.goto('/#/accounts')
  await expect(page.locator('.account .iban').first()).toBeVisible()
  expect(await leaks(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^NL/)]))

  // The visible switch in the session bar turns presenter mode on.
  await page.getByRole('button', { name: 'Presenter', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Presenter', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.locator('.account .iban').first()).toContainText('NL** **** **** **')
  expect(await leaks(page), 'accounts').toEqual([])

  await page.goto('/#/onboarding')
  await openEverything(page, false)
  await expect(page.getByLabel('Reveal secrets')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Reveal / })).toHaveCount(0)
  expect(await leaks(page), 'onboarding with every exchange open').toEqual([])
  await page.screenshot({ path: 'test-results/presenter-onboarding.png', fullPage: true })

  await page.goto('/#/api-key')
  expect(await leaks(page), 'API key').toEqual([])

  // The console's last exchange (from before) and a new call, both masked.
  await page.goto('/#/console')
  await expect(page.getByRole('region', { name: 'Last exchange' })).toBeVisible()
  expect(await leaks(page), 'console, earlier call').toEqual([])
  await consoleGet(page, '/user/{userID}/monetary-account-bank')
  expect(await leaks(page), 'console after a call').toEqual([])
  await page.screenshot({ path: 'test-results/presenter-console.png', fullPage: true })

  // History with an entry open: the account list, whose response carries the IBANs.
  await page.goto('/#/history')
  await page
    .getByRole('button', { name: /GET \/user\/\d+\/monetary-account-bank/ })
    .first()
    .click()
  await expect(page.getByRole('region', { name: 'Request and response' })).toBeVisible()
  expect(await leaks(page), 'history with an entry open').toEqual([])
  await page.screenshot({ path: 'test-results/presenter-history.png', fullPage: true })

  for (const route of ['settings', 'start', 'lessons', 'cast']) {
    await page.goto(`/#/${route}`)
    await expect(page.locator('main h1')).toBeVisible()
    expect(await leaks(page), route).toEqual([])
  }

  // A reload keeps presenter mode on: the page comes back masked, before and after unlocking.
  await page.goto('/#/start')
  await page.reload()
  await expect(page.locator('main h1')).toBeVisible()
  await unlockVault(page) // the keys live in memory only: a reload locks the vault
  await page.goto('/#/onboarding')
  await expect(page.getByText('5 of 5 done')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('button', { name: 'Presenter', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  expect(await leaks(page), 'onboarding after a reload').toEqual([])
  expect(pageErrors).toEqual([])
})
