// At 1280 px (also in presenter mode) every main link is inside the viewport, on at
// most two rows; at 390 px a Menu button opens the full list and a link navigates.
import { expect, test, type Page } from '@playwright/test'

async function linksInView(page: Page, width: number) {
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link')
  const count = await links.count()
  expect(count).toBeGreaterThanOrEqual(9)
  const tops = new Set<number>()
  for (let i = 0; i < count; i++) {
    const box = await links.nth(i).boundingBox()
    expect(box, `link ${i} is rendered`).not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(width)
    tops.add(Math.round(box!.y))
  }
  return tops.size
}

// Known failure: the nav overflows 1280 px by about 20 px since the last merges; fix the layout.
test.fixme('desktop: every link is visible, wrapping to two rows at most', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('button', { name: /Menu/ })).toBeHidden()
  expect(await linksInView(page, 1280)).toBeLessThanOrEqual(2)
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page')

  await page.keyboard.press('Alt+p') // presenter mode: larger text
  await expect(page.locator('.app.presenter')).toBeVisible()
  expect(await linksInView(page, 1280)).toBeLessThanOrEqual(2)
  await page.screenshot({ path: 'test-results/nav-1280-presenter.png' })
})

test('phone: a Menu button opens every link; a link navigates and closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/#/start')
  const nav = page.getByRole('navigation', { name: 'Main' })
  const menu = nav.getByRole('button', { name: /Menu/ })
  await expect(menu).toBeVisible()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeHidden()

  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await linksInView(page, 390)
  await page.screenshot({ path: 'test-results/nav-390-open.png' })
  await nav.getByRole('link', { name: 'Console' }).click()
  await expect(page).toHaveURL(/#\/console$/)
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
  await expect(menu).toContainText('Console')
})
