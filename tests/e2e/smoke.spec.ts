import { expect, test } from '@playwright/test'

test('the built app loads in Chromium with no console errors', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('/')
  await expect(page.locator('#app')).toContainText('bunq workbench')
  await expect(page.getByRole('navigation').first()).toBeVisible()
  expect(errors).toEqual([])
})
