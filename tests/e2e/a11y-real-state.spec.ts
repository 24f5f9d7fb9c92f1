// axe-core on the BUILT app with real state, not on empty screens: a vault, a user onboarded on
// the in-page practice bank, sandbox money, a payment, and 5,000 history entries in the app's
// own IndexedDB store. Every view in light, dark and at phone width, with each dialog open, must
// have no serious or critical violation, and its copy buttons must have names of their own. axe
// runs through page.evaluate, which the app's CSP does not apply to, so the CSP stays on.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  createSandboxPerson,
  createVault,
  runAllSteps,
  topUp,
  unlockVault,
} from './newcomer-helpers'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const ROUTES = [
  'start',
  'api-key',
  'onboarding',
  'accounts',
  'console',
  'history',
  'lessons',
  'cast',
  'practice-bank',
  'settings',
]
const HISTORY_ENTRIES = 5000
const STATE_FILE = 'test-results/a11y-real-state.json'

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
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

/**
 * The real state, made once through the app: vault, onboarded user, money, a payment; then the
 * history store filled to 5,000 with copies of the exchanges the app itself recorded.
 */
async function makeState(browser: Browser): Promise<void> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL })
  const page = await context.newPage()
  await createVault(page)
  await createSandboxPerson(page)
  await runAllSteps(page)
  await topUp(page, '100')
  await page.getByLabel('Amount (EUR)', { exact: true }).fill('12.34')
  await page.getByLabel('Email address').fill('sugardaddy@bunq.com')
  await page.getByLabel('Description').fill('Lunch')
  await page.getByRole('button', { name: 'Review payment' }).click()
  await page.getByRole('button', { name: 'Send payment' }).click()
  await expect(page.getByText(/Paid 12\.34 EUR/)).toBeVisible({ timeout: 20_000 })
  const count = await page.evaluate(async (target) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bunq-workbench')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = await new Promise<{ exchange: { id: string } }[]>((resolve, reject) => {
      const request = db.transaction('history').objectStore('history').getAll()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction('history', 'readwrite')
    const store = tx.objectStore('history')
    for (let i = all.length; i < target; i++) {
      const { exchange } = all[i % all.length]
      store.add({ exchange: { ...exchange, id: `${exchange.id}-${i}` } })
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
    const total = await new Promise<number>((resolve) => {
      const request = db.transaction('history').objectStore('history').count()
      request.onsuccess = () => resolve(request.result)
    })
    db.close()
    return total
  }, HISTORY_ENTRIES)
  expect(count).toBe(HISTORY_ENTRIES)
  await context.storageState({ path: STATE_FILE, indexedDB: true })
  await context.close()
}

test.describe.configure({ mode: 'serial' })

test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000)
  await makeState(browser)
})

const CONFIGS = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { name: 'phone', colorScheme: 'light', viewport: { width: 390, height: 844 } },
] as const

for (const config of CONFIGS) {
  test.describe(config.name, () => {
    test(`every view with real state, and every dialog open: no serious violation`, async ({
      browser,
    }) => {
      test.setTimeout(180_000)
      const context = await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        storageState: STATE_FILE,
        viewport: config.viewport,
        colorScheme: config.colorScheme,
      })
      const page = await context.newPage()
      const found: string[] = []
      const check = async (where: string) => {
        for (const v of await seriousViolations(page)) found.push(`${where}: ${v}`)
      }
      await page.goto('/#/start')
      await unlockVault(page)
      await expect(page.getByRole('region', { name: 'Session' }).locator('.who')).toBeVisible({
        timeout: 20_000,
      })

      for (const route of ROUTES) {
        await page.goto(`/#/${route}`)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        if (route === 'history') {
          const summary = page.getByText(/^[\d,]+ exchanges, newest first/)
          await expect(summary).toBeVisible({ timeout: 20_000 })
          const shown = Number((await summary.innerText()).split(' ')[0].replace(/,/g, ''))
          expect(shown).toBeGreaterThanOrEqual(HISTORY_ENTRIES)
          await page.getByRole('list', { name: 'Exchanges' }).getByRole('button').first().click()
          await expect(page.getByRole('region', { name: 'Request and response' })).toBeVisible()
        }
        if (route === 'accounts') {
          await expect(page.locator('.account .balance').first()).toContainText('87.66', {
            timeout: 20_000,
          })
        }
        if (route === 'onboarding') {
          // Every step's exchange open at once: the page with the most copy buttons.
          const show = page.getByRole('button', { name: 'Show the raw exchange' })
          await expect(show.first()).toBeVisible()
          while ((await show.count()) > 0) await show.first().click()
          await expect(page.getByRole('region', { name: 'Request and response' })).toHaveCount(4)
        }
        if (route === 'practice-bank') {
          // The generic operations' list scrolls inside its box once opened.
          await page.locator('summary', { hasText: /generic operations/ }).click()
          await expect(page.getByRole('list', { name: 'Generic operations' })).toBeVisible()
        }
        await check(route)
        // Copy buttons say what they copy, each differently ("Copy as curl", "Copy response
        // body of POST /installation"), never a row of bare "Copy".
        const copyNames = await page
          .locator('main')
          .getByRole('button', { name: /^copy/i })
          .evaluateAll((buttons) =>
            buttons
              .filter((b) => b.getClientRects().length > 0)
              .map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
          )
        for (const name of copyNames) expect(name, `a copy button on ${route}`).not.toBe('Copy')
        expect(new Set(copyNames).size, `copy buttons on ${route}: ${copyNames.join('; ')}`).toBe(
          copyNames.length,
        )
      }

      // Dialogs, each open while axe looks.
      await page.goto('/#/accounts')
      await page.getByLabel('Amount (EUR)', { exact: true }).fill('1.00')
      await page.getByLabel('Email address').fill('sugardaddy@bunq.com')
      await page.getByLabel('Description').fill('Coffee')
      await page.getByRole('button', { name: 'Review payment' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check('accounts, payment confirmation')
      await page.keyboard.press('Escape')

      await page
        .getByRole('region', { name: 'Session' })
        .getByRole('button', { name: 'End session' })
        .click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check('session, end session')
      await page.keyboard.press('Escape')

      await page.goto('/#/settings')
      await page.getByRole('button', { name: 'Unlock production…' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check('settings, unlock production')
      await page.keyboard.press('Escape')

      await page.goto('/#/start')
      await page.getByRole('button', { name: 'Wipe the vault…' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await check('start, wipe the vault')
      await page.keyboard.press('Escape')

      if (config.viewport.width < 640) {
        await page.getByRole('button', { name: /^Menu/ }).click()
        await expect(page.getByRole('link', { name: 'History' })).toBeVisible()
        await check('phone menu open')
      }
      expect(found).toEqual([])
      await context.close()
    })
  })
}
