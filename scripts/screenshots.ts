/**
 * Screenshots of every view over the fake models (tests/ui/harness), light and dark at laptop
 * width, plus a few at phone width, into docs/screenshots/. Run: `npx tsx scripts/screenshots.ts`
 * (builds the harness into dist-shots and serves it on 127.0.0.1:$SHOT_PORT, default 4203).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { chromiumArgs } from '../playwright.config'

const port = Number(process.env.SHOT_PORT ?? 4203)
const outDir = resolve('dist-shots')
const shotDir = resolve('docs/screenshots')
const base = `http://127.0.0.1:${port}`

/** Which scenario shows each view at its most telling. */
const VIEWS: { route: string; scenario: string; prepare?: (page: Page) => Promise<void> }[] = [
  { route: 'start', scenario: 'new' },
  { route: 'api-key', scenario: 'onboarding' },
  {
    route: 'onboarding',
    scenario: 'onboarding',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Show the raw exchange' }).last().click()
    },
  },
  { route: 'accounts', scenario: 'signed-in' },
  {
    route: 'console',
    scenario: 'signed-in',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Send signed' }).click()
    },
  },
  {
    route: 'history',
    scenario: 'signed-in',
    prepare: async (page) => {
      await page.getByRole('button', { name: /POST/ }).first().click()
    },
  },
  { route: 'settings', scenario: 'signed-in' },
]
const PHONE = new Set(['onboarding', 'accounts', 'history'])

async function main() {
  const build = spawnSync(
    'npx',
    ['vite', 'build', 'tests/ui/harness', '--config', 'vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit', env: { ...process.env, OUT_DIR: outDir } },
  )
  if (build.status !== 0) throw new Error('harness build failed')
  // Node running vite's own entry (not npx, whose shell wrapper outlives kill()), so that the
  // server stops and frees the port.
  const server = spawn(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  try {
    await waitFor(base)
    mkdirSync(shotDir, { recursive: true })
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    })
    for (const theme of ['light', 'dark'] as const) {
      for (const phone of [false, true]) {
        const context = await browser.newContext({
          viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
          colorScheme: theme,
          deviceScaleFactor: 1,
        })
        for (const view of VIEWS) {
          if (phone && (theme === 'dark' || !PHONE.has(view.route))) continue
          const page = await context.newPage()
          await page.goto(`${base}/?scenario=${view.scenario}&theme=${theme}#/${view.route}`)
          await page.locator('h1').first().waitFor()
          await view.prepare?.(page)
          await page.evaluate(() => window.scrollTo(0, 0))
          await page.waitForTimeout(150)
          const name = `${view.route}-${phone ? 'phone' : theme}.png`
          await page.screenshot({ path: `${shotDir}/${name}`, fullPage: false })
          console.log(`docs/screenshots/${name}`)
          await page.close()
        }
        await context.close()
      }
    }
    await browser.close()
  } finally {
    server.kill()
  }
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`preview did not start at ${url}`)
}

await main()
