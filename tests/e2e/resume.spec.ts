// Resume after reload mid-onboarding: the context is saved through the vault after each
// step, so a reloaded tab, once unlocked, shows the steps done and finishes the rest.
import { expect, test } from '@playwright/test'
import { createSandboxPerson, createVault, runAllSteps, unlockVault } from './newcomer-helpers'

test('a reloaded tab resumes onboarding where it stopped', async ({ page }) => {
  test.setTimeout(90_000)
  await createVault(page)
  await createSandboxPerson(page)
  await page.goto('/#/onboarding')
  await page.getByRole('button', { name: /^Run: generate a key pair/i }).click()
  await expect(page.getByText('2 of 5 done')).toBeVisible({ timeout: 20_000 })
  await page.getByRole('button', { name: /^Run: installation/i }).click()
  await expect(page.getByText('3 of 5 done')).toBeVisible({ timeout: 20_000 })

  await page.reload()
  await page.goto('/#/start')
  await unlockVault(page)
  await expect(page.getByRole('radio', { name: /installed/ })).toBeChecked()
  await page.goto('/#/onboarding')
  await expect(page.getByText('3 of 5 done')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Run: device registration/i })).toBeVisible()
  await page.screenshot({ path: 'test-results/resume-onboarding.png', fullPage: true })

  // The private key came back from the vault: the remaining steps sign and succeed.
  await runAllSteps(page)
  await expect(
    page.getByRole('region', { name: 'Session' }).getByText('ends in', { exact: true }),
  ).toBeVisible()
})
