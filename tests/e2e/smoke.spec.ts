import { expect, test } from '@playwright/test'

test('the built app loads in Chromium with no console errors', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bunq workbench')
  expect(errors).toEqual([])
})
