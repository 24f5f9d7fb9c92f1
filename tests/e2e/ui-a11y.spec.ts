import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * axe-core on every view, light and dark, failing on serious or critical violations. Runs
 * against whatever OUT_DIR serves: the real app, or the fake-model harness
 * (`vite build tests/ui/harness --config vite.config.ts`), which reads ?scenario= and ?theme=.
 */
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
const ROUTES = ['start', 'api-key', 'onboarding', 'accounts', 'console', 'history', 'settings']

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe
    return (await axe.run()).violations
  })
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
}

// axe is injected as an inline script, which the app's CSP (script-src 'self') rightly refuses;
// these tests bypass the CSP. The last test runs with the CSP on.
test.describe('axe-core', () => {
  test.use({ bypassCSP: true })

  for (const theme of ['light', 'dark'] as const) {
    for (const route of ROUTES) {
      test(`${route} (${theme}) has no serious accessibility violations`, async ({ page }) => {
        const errors: string[] = []
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text())
        })
        await page.emulateMedia({ colorScheme: theme })
        await page.goto(`/?scenario=signed-in&theme=${theme}#/${route}`)
        await expect(page.locator('h1').first()).toBeVisible()
        expect(await seriousViolations(page)).toEqual([])
        expect(errors).toEqual([])
      })
    }
  }

  test('onboarding with an exchange open and the production dialog stay accessible', async ({
    page,
  }) => {
    await page.goto('/?scenario=signed-in#/onboarding')
    const show = page.getByRole('button', { name: 'Show the raw exchange' })
    if ((await show.count()) > 0) await show.last().click()
    expect(await seriousViolations(page)).toEqual([])
    await page.goto('/?scenario=signed-in#/settings')
    await page.getByRole('button', { name: 'Unlock production…' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page.getByLabel(/to confirm: real money/)).toBeFocused()
    expect(await seriousViolations(page)).toEqual([])
  })
})

test('the virtualised history scrolls under the CSP (heights set without style attributes)', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto('/?scenario=signed-in&history=5000#/history')
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  const list = page.getByRole('list', { name: 'Exchanges' })
  if ((await list.count()) === 0) {
    // The real app (not the harness) starts with an empty history.
    await expect(page.getByText(/Nothing yet/)).toBeVisible()
  } else {
    const rows = list.getByRole('listitem')
    await expect(rows.first()).toHaveAttribute('aria-setsize', '5000')
    const scroller = page.getByRole('region', { name: 'Exchanges' })
    expect(await scroller.evaluate((el) => el.scrollHeight)).toBeGreaterThan(48 * 4000)
    await scroller.evaluate((el) => el.scrollTo(0, 48 * 2500))
    await expect(rows.first()).toHaveAttribute('aria-posinset', /^2[45]\d\d$/)
    expect(await rows.count()).toBeLessThan(60)
  }
  expect(errors).toEqual([])
})
