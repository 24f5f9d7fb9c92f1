// axe-core on the vault screens and the practice bank route of the built app (real models), light
// and dark: the unlocked Start page with its files and protection cards, the export warning and
// the wipe dialog, and #/practice-bank. Fails on serious or critical violations.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe
    return (await axe.run()).violations
  })) as AxeViolation[]
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

// axe is an inline script, which the app's CSP refuses; these checks bypass the CSP.
test.use({ bypassCSP: true })

for (const theme of ['light', 'dark'] as const) {
  test(`vault screens and practice bank (${theme}) have no serious violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/#/start')
    expect(await seriousViolations(page)).toEqual([]) // the create form with its choice
    await page.getByRole('radio', { name: /This browser only/ }).check()
    await page.getByRole('button', { name: 'Create vault in this browser' }).click()
    await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
    await page.getByLabel('New context name').fill('Ada')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(page.getByRole('radio', { name: /Ada/ })).toBeChecked()
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Export bunq.conf…' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Wipe the vault…' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()

    await page.goto('/#/practice-bank')
    await expect(page.getByRole('checkbox', { name: /Rate limits on/ })).toBeEnabled()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: `test-results/vault-ui-practice-${theme}.png`, fullPage: true })
  })
}
