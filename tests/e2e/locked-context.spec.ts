// A locked vault after a reload: the views that need keys show the
// unlock prompt and the header says so; a wrong passphrase is explained with focus kept in the
// field; unlocking brings back the context the user was working in (the second of two).
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, createVault, PASSPHRASE } from './newcomer-helpers'

const addContext = async (page: Page, name: string) => {
  await page.getByLabel('New context name').fill(name)
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(page.getByRole('radio', { name: new RegExp(name) })).toBeChecked()
}

test('after a reload, unlocking reopens the second context; locked views prompt to unlock', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))

  await createVault(page)
  await addContext(page, 'First user')
  await addContext(page, 'Second user')
  // Work in the second: a sandbox person of its own (the first keeps no key).
  await createSandboxPerson(page)
  await page.goto('/#/onboarding')
  await expect(page.getByText('1 of 5 done')).toBeVisible()
  // Settle lazily loaded work before the reload (docs/performance.md, first load).
  await page.waitForLoadState('networkidle')

  await page.reload()
  const header = page.getByRole('banner')
  await expect(header.getByRole('link', { name: 'Vault locked — Unlock' })).toBeVisible({
    timeout: 20_000,
  })
  for (const route of ['onboarding', 'accounts']) {
    await page.goto(`/#/${route}`)
    const gate = page.getByRole('region', { name: 'Vault locked' })
    await expect(gate.getByLabel('Passphrase')).toBeVisible()
    await expect(gate.getByRole('button', { name: 'Unlock' })).toBeDisabled()
    // The view's own steps and buttons are not there while locked.
    await expect(page.getByRole('button', { name: /^Run/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Request money' })).toHaveCount(0)
  }

  // A wrong passphrase: the explainer shows, focus stays in the field with the text selected.
  await page.goto('/#/onboarding')
  const gate = page.getByRole('region', { name: 'Vault locked' })
  const field = gate.getByLabel('Passphrase')
  await field.fill('fake wrong passphrase')
  await gate.getByRole('button', { name: 'Unlock' }).click()
  const alert = gate.getByRole('alert').and(page.locator('[data-code="wrong-passphrase"]'))
  await expect(alert).toContainText('Wrong passphrase', { timeout: 20_000 })
  await expect(alert).toContainText('That passphrase does not decrypt this vault.')
  await expect(field).toBeFocused()
  await page.screenshot({ path: 'test-results/locked-context-wrong.png', fullPage: true })

  // Typing replaces the selected wrong text; Enter unlocks.
  await page.keyboard.type(PASSPHRASE)
  await expect(field).toHaveValue(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(page.getByText('1 of 5 done')).toBeVisible({ timeout: 20_000 })
  await expect(header.getByRole('link', { name: 'Vault locked — Unlock' })).toHaveCount(0)
  await page.goto('/#/start')
  await expect(page.getByRole('radio', { name: /Second user/ })).toBeChecked()
  await expect(page.getByRole('radio', { name: /First user/ })).not.toBeChecked()
  await page.goto('/#/api-key')
  await expect(page.getByText(/sandbox_/).first()).toBeVisible()
  expect(pageErrors).toEqual([])
})
