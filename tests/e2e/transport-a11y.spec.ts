// axe-core on the transport diagnosis, light and dark: Settings with the diagnosis of a
// server that refuses browsers (`--cors bunq`), and the same diagnosis as a banner on another view.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import {
  startPracticeBankServer,
  type RunningPracticeBank,
} from '../../scripts/practice-bank-server'

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
let bunqLike: RunningPracticeBank

test.beforeAll(async () => {
  const port = Number(process.env.E2E_SERVER_PORT ?? 4321) + 4
  bunqLike = await startPracticeBankServer({ port, cors: 'bunq', rateLimits: 'off' })
})

test.afterAll(async () => {
  await bunqLike?.close()
})

test.describe('accessibility of the diagnosis', () => {
  // axe is injected as an inline script, which the app's CSP refuses (as in ui-a11y.spec.ts).
  test.use({ bypassCSP: true })

  async function serious(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource })
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
        .axe
      return (await axe.run()).violations as { id: string; impact: string | null }[]
    })
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
  }

  for (const theme of ['Light', 'Dark'] as const) {
    test(`settings and the banner, ${theme.toLowerCase()}: no serious violations`, async ({
      page,
    }) => {
      await page.goto(`/?transport=direct&base=${encodeURIComponent(bunqLike.url)}#/settings`)
      await page.getByRole('radio', { name: theme, exact: true }).check()
      const diagnosis = page.getByRole('alert', { name: 'Connection diagnosis' })
      await expect(diagnosis).toHaveAttribute('data-code', 'cors-blocked', { timeout: 20_000 })
      expect(await serious(page)).toEqual([])
      await page.goto('/#/api-key')
      await expect(diagnosis).toBeVisible()
      await diagnosis.getByText('What we tried').click()
      expect(await serious(page)).toEqual([])
    })
  }
})
