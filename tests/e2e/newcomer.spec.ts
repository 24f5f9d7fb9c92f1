// A newcomer's whole path on the built app: an empty browser, a vault, a
// sandbox user from the practice bank, the five onboarding steps, sandbox money, and a payment
// to a second practice user that then shows in the payments list.
import { expect, test } from '@playwright/test'
import {
  createSandboxPerson,
  createVault,
  firstIban,
  payIban,
  runAllSteps,
  topUp,
} from './newcomer-helpers'

test('from an empty browser to a payment in the list', async ({ page }) => {
  test.setTimeout(120_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  await createVault(page)
  // Bob first: a second context of the same vault, onboarded, to receive the payment.
  await page.getByLabel('New context name').fill('Bob')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await createSandboxPerson(page)
  await runAllSteps(page)
  const bobIban = await firstIban(page)
  expect(bobIban).toMatch(/^NL\d{2}BUNQ\d+$/)

  // Alice: the newcomer's own user.
  await page.goto('/#/start')
  await page.getByLabel('New context name').fill('Alice')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('radio', { name: /Alice/ })).toBeChecked()
  await createSandboxPerson(page)
  await page.screenshot({ path: 'test-results/newcomer-api-key.png', fullPage: true })
  await runAllSteps(page)
  // The signature lab of the session step: the server's signature verified in the page.
  const session = page.getByRole('article', { name: /Open a session|session/i }).last()
  await session.getByRole('button', { name: /Show the raw exchange/ }).click()
  await expect(session.getByText(/verified/i).first()).toBeVisible()
  await page.screenshot({ path: 'test-results/newcomer-onboarding.png', fullPage: true })

  await topUp(page, '100')
  await expect(page.locator('.account .balance').first()).toContainText('100')
  await payIban(page, '12.34', bobIban, 'Bob', 'First payment')
  await expect(page.getByText(/Paid 12\.34 EUR to Bob/)).toBeVisible({ timeout: 20_000 })
  const payments = page.getByRole('region', { name: 'Payments', exact: true })
  await expect(payments.getByText('First payment')).toBeVisible()
  await expect(page.locator('.account .balance').first()).toContainText('87.66')
  await page.screenshot({ path: 'test-results/newcomer-accounts.png', fullPage: true })

  // The history kept every exchange, redacted.
  await page.goto('/#/history')
  await expect(page.getByText(/exchanges, newest first/)).toBeVisible()
  expect(pageErrors).toEqual([])
})
