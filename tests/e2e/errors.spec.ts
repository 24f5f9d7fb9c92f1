// Each error explainer reached through the practice bank's fault switches: an expired
// session, 429, a corrupted server signature and a sandbox reset, each explained in plain words
// with bunq's own text, and each recoverable from the page.
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, createVault, runAllSteps, topUp } from './newcomer-helpers'

/** Flips a fault switch on the #/practice-bank page, then returns to the page the user was on. */
async function fault(page: Page, label: string) {
  const back = new URL(page.url()).hash
  await page.goto('/#/practice-bank')
  await page.getByRole('button', { name: label }).click()
  // The switch's own status line (the practice clock card has a status line of its own).
  await expect(page.locator('.practice [role="status"]').first()).not.toBeEmpty()
  await page.goto('/' + back)
}

/** "Reset the practice bank", confirmed: every practice user, key and session is gone. */
async function resetBank(page: Page) {
  await page.goto('/#/practice-bank')
  await page.getByRole('button', { name: 'Reset the practice bank…' }).click()
  await page.getByRole('button', { name: 'Reset the bank' }).click()
  await expect(page.locator('.practice [role="status"]').first()).toContainText(/reset/i)
}

async function payEmail(page: Page, amount: string) {
  await page.getByLabel('Amount (EUR)', { exact: true }).fill(amount)
  await page.getByRole('radio', { name: 'Email' }).check()
  await page.getByLabel('Email address').fill('someone@example.com')
  await page.getByRole('button', { name: 'Review payment' }).click()
  await page.getByRole('button', { name: 'Send payment' }).click()
}

async function consoleGet(page: Page, path: string) {
  await page.goto('/#/console')
  await page.getByLabel('Method').selectOption('GET')
  await page.getByLabel('Path (after /v1)').fill(path)
  await page.getByRole('button', { name: 'Send signed' }).click()
}

test('every fault switch leads to its explainer, and the page recovers', async ({ page }) => {
  test.setTimeout(150_000)
  await createVault(page)
  await createSandboxPerson(page)
  await runAllSteps(page)
  await topUp(page, '50')

  // 1. The bank expires the session: a payment (never re-sent) gets "Insufficient authorisation."
  await fault(page, 'Expire sessions now')
  await payEmail(page, '1.00')
  const explainer = page.locator('[role="alert"][data-code="session-expired"]')
  await expect(explainer).toContainText('Session expired or not valid')
  await expect(explainer).toContainText('Insufficient authorisation.')
  await expect(explainer).toContainText('Response id')
  await page.screenshot({ path: 'test-results/errors-session-expired.png', fullPage: true })
  await page.getByRole('button', { name: 'Renew' }).click()
  // bunq allows one session-server call per 30 s (§9): the page's limiter waits for the slot.
  await expect(page.getByRole('button', { name: 'Renew' })).toBeEnabled({ timeout: 40_000 })
  await topUp(page, '5')

  // 2. 429 on the next call: a POST is never re-sent by the page, so the explainer shows.
  await fault(page, 'Answer the next call with 429')
  await page.getByRole('button', { name: 'Request money' }).click()
  await expect(page.locator('[role="alert"][data-code="rate-limited"]')).toContainText(
    'Too many requests',
    { timeout: 40_000 },
  )

  // 3. A corrupted X-Bunq-Server-Signature: the page refuses the answer.
  await fault(page, 'Corrupt the next response signature')
  await consoleGet(page, '/user/{userID}')
  await expect(page.locator('[role="alert"][data-code="server-signature-invalid"]')).toBeVisible()
  await consoleGet(page, '/user/{userID}') // the next answer is signed properly again
  await expect(page.getByRole('alert')).toHaveCount(0)

  // 4. Sandbox reset: every token is gone; the explainer says so; a new sandbox user recovers.
  await resetBank(page)
  await consoleGet(page, '/user/{userID}')
  // The read renews the session first (one session-server call per 30 s), which fails too.
  const reset = page.locator('[role="alert"][data-code="session-expired"]')
  await expect(reset).toContainText(/sandbox resets/i, { timeout: 40_000 })
  await page.screenshot({ path: 'test-results/errors-sandbox-reset.png', fullPage: true })
  await createSandboxPerson(page)
  await runAllSteps(page)
  await consoleGet(page, '/user/{userID}')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByText('verified').first()).toBeVisible()
})
