// Accounts → "Download statement" in the built app on the in-page practice bank
// (docs/decisions/0028): a top-up, a payment, then a CSV and an MT940 saved as files whose content
// is checked against what the page showed; a last day before the first is refused before sending.
// Screenshots at 1280 and 390 px go to SCREENSHOT_DIR when it is set.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import {
  decimalCents,
  parseCsv,
  parseMt940,
  signed,
} from '../practice-bank/support/statement-parsers'
import { createSandboxPerson, createVault, runAllSteps, topUp } from './newcomer-helpers'

const SHOTS = process.env.SCREENSHOT_DIR

async function download(page: Page, format: string) {
  const form = page.getByRole('region', { name: 'Download statement' })
  await form.getByLabel('Format').selectOption({ label: format })
  const saved = page.waitForEvent('download')
  await form.getByRole('button', { name: 'Download statement' }).click()
  const file = await saved
  await expect(form.getByText(/Statement #\d+ made/)).toBeVisible()
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') }
}

test('downloads a CSV and an MT940 statement of the account, checked against its payments', async ({
  page,
}) => {
  test.setTimeout(150_000)
  await createVault(page)
  await createSandboxPerson(page)
  await runAllSteps(page)
  await topUp(page, '40')
  await page.goto('/#/accounts')
  const iban = (await page.locator('.account .iban').first().innerText()).replace(/\s+/g, '')
  const form = page.getByRole('region', { name: 'Download statement' })
  await expect(form).toBeVisible({ timeout: 20_000 })

  const today = new Date().toISOString().slice(0, 10)
  await form.getByLabel('First day').fill(today)
  await form.getByLabel('Last day').fill(today)
  const csv = await download(page, 'CSV, European (semicolon, 12,50)')
  expect(csv.name).toMatch(/^statement-\d+-.*\.csv$/)
  const [header, ...rows] = parseCsv(csv.text, ';')
  expect(header[0]).toBe('Date')
  expect(rows).toHaveLength(1)
  expect(rows[0][3]).toBe(iban)
  expect(rows[0][5]).toBe('Sugar Daddy')
  expect(decimalCents(rows[0][2], ',')).toBe(4000)
  expect(decimalCents(rows[0][7], ',')).toBe(4000)

  const mt = await download(page, 'MT940 (SWIFT)')
  expect(mt.name).toMatch(/\.sta$/)
  const parsed = parseMt940(mt.text)
  expect(parsed.account).toBe(iban)
  expect(parsed.entries.map(signed)).toEqual([4000])
  expect(signed(parsed.closing)).toBe(4000)

  if (SHOTS) await page.screenshot({ path: `${SHOTS}/statement-1280.png`, fullPage: true })

  // A last day before the first is refused in the form, before anything is sent.
  await form.getByLabel('Last day').fill('2020-01-01')
  await expect(form.getByRole('alert')).toHaveText(/last day is before the first day/)
  await expect(form.getByRole('button', { name: 'Download statement' })).toBeDisabled()

  await page.setViewportSize({ width: 390, height: 844 })
  await form.getByLabel('Last day').fill(today)
  await form.scrollIntoViewIfNeeded()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/statement-390.png`, fullPage: true })
})
