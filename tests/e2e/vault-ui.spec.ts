// The vault in the built app (its user-facing half), in Chromium with real IndexedDB: a
// "this browser only" vault opens after a reload without a passphrase; a bunq.conf exported
// (behind the plain-text warning) and imported back into a new context works (GET /user); a
// malformed file names the field and adds nothing; rename, delete with confirmation, wipe.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, runAllSteps } from './newcomer-helpers'

async function createBrowserOnlyVault(page: Page) {
  await page.goto('/#/start')
  await page.getByRole('radio', { name: /This browser only/ }).check()
  await expect(page.getByText(/convenience, not protection/).first()).toBeVisible()
  await page.getByRole('button', { name: 'Create vault in this browser' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
}

const contexts = (page: Page) => page.getByRole('radio', { name: /Sandbox ·/ })

async function consoleGetUser(page: Page) {
  await page.goto('/#/console')
  await page.getByLabel('Method').selectOption('GET')
  await page.getByLabel('Path (after /v1)').fill('/user')
  await page.getByRole('button', { name: 'Send signed' }).click()
}

test('"this browser only": create, reload, open without a passphrase', async ({ page }) => {
  await createBrowserOnlyVault(page)
  await page.getByLabel('New context name').fill('Practice person')
  await page.getByRole('button', { name: 'Add', exact: true }).click()
  await page.reload()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('This browser only: no passphrase')).toBeVisible()
  await expect(page.getByRole('radio', { name: /Practice person/ })).toBeChecked()
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/vault-ui-browser-only.png', fullPage: true })
})

test('export a bunq.conf, import it into a new context, and GET /user works', async ({ page }) => {
  test.setTimeout(120_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await createBrowserOnlyVault(page)
  await createSandboxPerson(page)
  await runAllSteps(page)
  await page.goto('/#/start')

  await page.getByRole('button', { name: 'Export bunq.conf…' }).click()
  const dialog = page.getByRole('dialog', { name: 'This file holds secrets in plain text' })
  await expect(dialog).toContainText('unencrypted')
  await page.screenshot({ path: 'test-results/vault-ui-export-warning.png', fullPage: true })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.bunq\.conf$/)
  const text = await readFile((await download.path()) as string, 'utf8')
  const conf = JSON.parse(text)
  expect(conf.api_key).toMatch(/^sandbox_/)
  expect(conf.installation_context.private_key_client).toContain('BEGIN PRIVATE KEY')

  // A malformed copy first: the message names the field, and no context is added.
  const before = await contexts(page).count()
  const broken = { ...conf, session_context: { ...conf.session_context } }
  delete broken.session_context.token
  await page.getByLabel('bunq.conf file').setInputFiles({
    name: 'broken.bunq.conf',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  })
  await page.getByLabel('Name for the imported context').fill('Broken')
  await page.getByRole('button', { name: 'Import bunq.conf' }).click()
  const files = page.getByRole('region', { name: 'Context files' })
  await expect(files.getByRole('alert')).toContainText('session_context.token')
  await expect(files.getByRole('alert')).toHaveAttribute('data-code', 'context-file-invalid')
  await expect(contexts(page)).toHaveCount(before)
  await page.screenshot({ path: 'test-results/vault-ui-malformed.png', fullPage: true })

  // The exported file itself, from disk through the file picker.
  await page.getByLabel('bunq.conf file').setInputFiles((await download.path()) as string)
  await page.getByLabel('Name for the imported context').fill('Imported copy')
  await page.getByRole('button', { name: 'Import bunq.conf' }).click()
  await expect(page.getByText(/Imported “Imported copy”/)).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('radio', { name: /Imported copy/ })).toBeChecked()
  await expect(contexts(page)).toHaveCount(before + 1)

  await consoleGetUser(page)
  await expect(page.getByText('verified').first()).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('rename, delete with confirmation, and wipe everything', async ({ page }) => {
  await createBrowserOnlyVault(page)
  for (const name of ['Alice', 'Bob']) {
    await page.getByLabel('New context name').fill(name)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(page.getByRole('radio', { name: new RegExp(name) })).toBeChecked()
  }
  await page.getByRole('button', { name: 'Rename Alice' }).click()
  await page.getByLabel('New name for Alice').fill('Alice B.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('radio', { name: /Alice B\./ })).toBeVisible()

  await page.getByRole('button', { name: 'Delete Bob…' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete Bob?' })).toBeVisible()
  await page.screenshot({ path: 'test-results/vault-ui-delete.png', fullPage: true })
  await page.getByRole('button', { name: 'Delete context' }).click()
  await expect(page.getByRole('radio', { name: /Bob/ })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('radio', { name: /Alice B\./ })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole('radio', { name: /Bob/ })).toHaveCount(0)

  await page.getByRole('button', { name: 'Wipe the vault…' }).click()
  const wipe = page.getByRole('dialog', { name: 'Wipe the vault?' })
  await expect(wipe.getByRole('button', { name: 'Wipe everything' })).toBeDisabled()
  await wipe.getByLabel(/to confirm/).fill('delete everything')
  await wipe.getByRole('button', { name: 'Wipe everything' }).click()
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible({ timeout: 20_000 })
})
