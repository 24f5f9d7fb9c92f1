/**
 * The console's catalogue of all operations (docs/decisions/0013), measured on the built app:
 * - size: gzip of the lazy chunk the console fetches (catalogue, validator and views) and of the
 *   catalogue JSON alone;
 * - open: from navigating to #/console (cold cache, no service worker) to a searchable list of
 *   every operation (the chunk fetched and parsed, the "N operations" mode picked, all options in
 *   the DOM);
 * - search: one keystroke in "Search operations", from the input event to the list updated and
 *   laid out, over every prefix of a few queries, with every operation in the list.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { gzipBytes } from './bundle'
import { serveFolder } from './static-server'
import { figure, type Figure } from './stats'

const QUERIES = ['bunqme', 'schedule', 'card', '/user/{userID}/monetary-account/', 'post payment']
const PASSPHRASE = 'bench passphrase for the console'

export function catalogueSizeFigures(root: string, appDir: string): Figure[] {
  const assets = join(appDir, 'assets')
  const chunk = readdirSync(assets).filter((f) => /^operations-chunk-.*\.(js|css)$/.test(f))
  const chunkGzip = chunk.reduce((n, f) => n + gzipBytes(readFileSync(join(assets, f))), 0) / 1000
  const json = readFileSync(join(root, 'src/spec/catalogue.json'))
  return [
    figure('console: catalogue chunk (gzip)', 'kB', 'info', [chunkGzip], {
      note: `${chunk.join(', ')}: catalogue, validator and the operation views, fetched when the console opens`,
    }),
    figure('console: catalogue.json alone (gzip)', 'kB', 'info', [gzipBytes(json) / 1000], {
      note: `${(json.byteLength / 1000).toFixed(0)} kB raw`,
    }),
  ]
}

async function createVault(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Create vault' }).click()
  await page.getByText('Unlocked.').waitFor({ timeout: 30_000 })
}

// The in-page code is plain JavaScript text: functions compiled by tsx carry helper calls
// (__name) that do not exist in the page.

/** ms from setting #/console to every option of the list in the DOM, measured by the page's clock. */
const OPEN_CONSOLE_IN_PAGE = `(async () => {
  const until = (probe) => new Promise((resolve, reject) => {
    const started = performance.now()
    const poll = () => {
      const value = probe()
      if (value) resolve(value)
      else if (performance.now() - started > 20000) reject(new Error('console did not open'))
      else requestAnimationFrame(poll)
    }
    poll()
  })
  const t0 = performance.now()
  location.hash = '#/console'
  const button = await until(() =>
    [...document.querySelectorAll('button')].find((b) => /^\\d+ operations$/.test(b.textContent.trim())))
  const loaded = performance.now() - t0
  const total = Number(button.textContent.trim().split(' ')[0])
  button.click()
  await until(() => document.querySelector('[aria-label="Search operations"]') &&
    document.querySelectorAll('[role="option"]').length >= total)
  return { ms: performance.now() - t0, loaded, options: total }
})()`

/** ms per keystroke: input event -> microtasks flushed (Svelte's update) -> layout of the list. */
const typeInPage = (queries: string[]) => `(async () => {
  const input = document.querySelector('[aria-label="Search operations"]')
  const list = document.getElementById('ops-list')
  const afterMicrotasks = () => new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })
  const samples = []
  for (const query of ${JSON.stringify(queries)}) {
    for (let i = 1; i <= query.length; i++) {
      const t = performance.now()
      input.value = query.slice(0, i)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await afterMicrotasks()
      void list.offsetHeight
      samples.push(performance.now() - t)
    }
    input.value = ''
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await afterMicrotasks()
  }
  return samples
})()`

export async function consoleFigures(
  browser: Browser,
  appDir: string,
  port: number,
  runs = 5,
): Promise<Figure[]> {
  const site = await serveFolder(appDir, port)
  const openMs: number[] = []
  const loadedMs: number[] = []
  let keystrokes: number[] = []
  let options = 0
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' })
      try {
        const page = await context.newPage()
        await page.goto(new URL('#/start', site.url).href)
        await createVault(page)
        const opened = (await page.evaluate(OPEN_CONSOLE_IN_PAGE)) as {
          ms: number
          loaded: number
          options: number
        }
        openMs.push(opened.ms)
        loadedMs.push(opened.loaded)
        options = opened.options
        if (run === runs - 1) keystrokes = (await page.evaluate(typeInPage(QUERIES))) as number[]
      } finally {
        await context.close()
      }
    }
  } finally {
    await site.close()
  }
  return [
    figure('console: open to searchable list', 'ms', 'info', openMs, {
      note: `cold cache, no service worker: chunk fetched from loopback and parsed, ${options} options rendered`,
    }),
    figure('console: open to catalogue loaded', 'ms', 'info', loadedMs, {
      note: 'the part of the above until the console view and the catalogue chunk are loaded',
    }),
    figure(`console: search per keystroke (${options} operations)`, 'ms', 'info', keystrokes, {
      note: `${keystrokes.length} keystrokes over ${QUERIES.length} queries: filter, update and layout of the list`,
    }),
  ]
}
