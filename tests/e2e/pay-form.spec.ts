// The Pay form in Chromium on the built app: an amount that turns invalid on blur
// shows its message without moving anything, so a click that starts while the amount field has
// focus (mouse-down blurs it) still lands on the control under the pointer.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { createSandboxPerson, createVault, runAllSteps } from './newcomer-helpers'

/** A real press and release at the control's centre, measuring it between the two. */
async function pressAndRelease(page: Page, target: Locator): Promise<number> {
  await target.scrollIntoViewIfNeeded() // scrolling does not blur the amount field
  const before = await target.boundingBox()
  if (!before) throw new Error('the control is not on screen')
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2)
  await page.mouse.down() // blurs the amount: its error appears now
  const during = await target.boundingBox()
  await page.mouse.up()
  return (during?.y ?? Number.NaN) - before.y
}

test('a blur error moves nothing, so clicks land; Review payment shows every error', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await createVault(page)
  await createSandboxPerson(page)
  await runAllSteps(page)
  await page.goto('/#/accounts')
  const pay = page.getByRole('region', { name: 'Pay', exact: true })
  const amount = pay.getByLabel('Amount (EUR)', { exact: true })

  await amount.fill('-5')
  const iban = pay.getByRole('radio', { name: 'IBAN' })
  expect(await pressAndRelease(page, iban)).toBe(0)
  await expect(pay.getByText('The amount must be more than 0.')).toBeVisible()
  await expect(iban).toBeChecked()

  await amount.fill('1.234')
  const review = pay.getByRole('button', { name: 'Review payment' })
  expect(await pressAndRelease(page, review)).toBe(0)
  await expect(pay.getByText('Use a number with at most 2 decimals, like 12.50.')).toBeVisible()
  await expect(pay.getByText('Enter an IBAN.')).toBeVisible()
  await expect(pay.getByText('A name is required for payments to an IBAN.')).toBeVisible()
  await expect(pay.getByRole('alert')).toHaveText('Check the amount and the recipient above.')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await pay.screenshot({ path: 'test-results/pay-form-errors.png' })
})
