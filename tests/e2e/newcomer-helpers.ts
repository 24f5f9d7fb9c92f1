// Steps a newcomer takes in the BUILT app (real models, in-page practice bank, real IndexedDB and
// the real 600,000-iteration PBKDF2), shared by the newcomer, resume, errors and vault-tab specs.
import { expect, type Page } from '@playwright/test'

export const PASSPHRASE = 'fake e2e passphrase'

/** Fresh browser: create the vault on the Start page. */
export async function createVault(page: Page): Promise<void> {
  await page.goto('/#/start')
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create vault' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
}

export async function unlockVault(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
}

/** API key page: a sandbox person from the practice bank. */
export async function createSandboxPerson(page: Page): Promise<void> {
  await page.goto('/#/api-key')
  await page.getByRole('button', { name: 'Create sandbox person' }).click()
  await expect(page.getByText('Sandbox person created')).toBeVisible({ timeout: 20_000 })
}

/** Onboarding page: run the remaining steps and wait for 5 of 5. */
export async function runAllSteps(page: Page): Promise<void> {
  await page.goto('/#/onboarding')
  await page.getByRole('button', { name: 'Run all remaining steps' }).click()
  // The session step may wait for bunq's one-session-per-30-s slot (the page's limiter queues it).
  await expect(page.getByText('5 of 5 done')).toBeVisible({ timeout: 60_000 })
}

/** Accounts page: the IBAN of the first account card, without spaces. */
export async function firstIban(page: Page): Promise<string> {
  await page.goto('/#/accounts')
  const iban = page.locator('.account .iban').first()
  await expect(iban).toBeVisible({ timeout: 20_000 })
  return (await iban.innerText()).replace(/\s+/g, '')
}

/** Get sandbox money and wait for Sugar Daddy's answer. */
export async function topUp(page: Page, amount: string): Promise<void> {
  await page.goto('/#/accounts')
  await page.getByLabel('Amount (EUR, max 500)').fill(amount)
  await page.getByRole('button', { name: 'Request money' }).click()
  await expect(page.getByText(/from Sugar Daddy: ACCEPTED/)).toBeVisible({ timeout: 30_000 })
}

/** Pay an IBAN through the form and its confirmation. */
export async function payIban(
  page: Page,
  amount: string,
  iban: string,
  name: string,
  text: string,
) {
  await page.getByLabel('Amount (EUR)', { exact: true }).fill(amount)
  await page.getByRole('radio', { name: 'IBAN' }).check()
  await page.getByLabel('IBAN of the recipient').fill(iban)
  await page.getByLabel(/^Name/).fill(name)
  await page.getByLabel('Description').fill(text)
  await page.getByRole('button', { name: 'Review payment' }).click()
  await page.getByRole('button', { name: 'Send payment' }).click()
}
