// Workshop mode in Chromium, against the built app: every lesson run to its end on the practice
// bank inside the page, and a lesson resumed after a reload ("done when").
import { expect, test, type Page } from '@playwright/test'

const LESSON_IDS = [
  'first-payment',
  'request-and-accept',
  'paging',
  'callbacks',
  'when-things-go-wrong',
]

async function runToTheEnd(page: Page) {
  await page.getByRole('button', { name: 'Run to the end' }).click()
  await expect(page.getByText('Lesson finished: every check passed.')).toBeVisible({
    timeout: 50_000,
  })
}

for (const id of LESSON_IDS) {
  test(`lesson ${id} runs to its end on the practice bank`, async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`/#/lessons/${id}`)
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Lessons')
    await runToTheEnd(page)
    const steps = page.locator('article[data-step]')
    const count = await steps.count()
    expect(count).toBeGreaterThan(3)
    await expect(page.locator('article[data-status="done"]')).toHaveCount(count)
    await expect(page.getByText(/^Check passed:/)).toHaveCount(count)
    expect(errors).toEqual([])
  })
}

test('a lesson link opens the lesson; progress survives a reload and the lesson resumes', async ({
  page,
}) => {
  await page.goto('/#/lessons')
  await page.getByRole('link', { name: 'Your first payment' }).click()
  await expect(page).toHaveURL(/#\/lessons\/first-payment$/)
  await page.getByRole('button', { name: 'Start: run step 1' }).click()
  await page.getByRole('button', { name: 'Run step 2' }).click()
  await expect(page.getByRole('button', { name: 'Run step 3' })).toBeEnabled()

  await page.reload()
  await expect(page.getByText('Step 3 of 7 is next.')).toBeVisible()
  await expect(page.locator('article[data-status="done"]')).toHaveCount(2)
  await runToTheEnd(page)

  await page.goto('/#/lessons')
  await expect(page.locator('li', { hasText: 'Your first payment' })).toContainText('finished')
  await page.goto('/#/lessons/first-payment')
  await page.getByRole('button', { name: 'Restart lesson' }).click()
  await expect(page.getByText('Step 1 of 7 is next.')).toBeVisible()
})
