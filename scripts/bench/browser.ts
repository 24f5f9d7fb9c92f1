/**
 * The Chromium figures: bootstrap, request overhead, unlock and history on the bench page, and
 * the built app's first load as Chromium actually fetches it. Headless Debian Chromium through
 * playwright-core, with the flags the e2e suite uses (playwright.config.ts).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumArgs } from '../../playwright.config'
import { findChromium } from '../find-chromium.mjs'
import { FIRST_SCREEN_MARK } from '../../src/boot/first-screen-mark'
import { gzipBytes } from './bundle'
import type { PageBench } from './page/main'
import { serveFolder } from './static-server'
import { figure, type Figure } from './stats'

declare global {
  interface Window {
    bench: PageBench
    benchSamples?: unknown[]
  }
}

export interface BrowserBenchOptions {
  pageDir: string
  appDir: string
  port: number
  bootstrapRuns: number
  overheadCalls: number
  unlockRuns: number
  historySize: number
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium({ install: false })
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium')
  return chromium.launch({ executablePath, args: chromiumArgs })
}

async function openBench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage()
  await page.goto(url)
  await page.waitForFunction(() => document.title === 'bench ready')
  return page
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1e6
}

export async function browserFigures(browser: Browser, o: BrowserBenchOptions): Promise<Figure[]> {
  const site = await serveFolder(o.pageDir, o.port, { isolated: true })
  const figures: Figure[] = []
  try {
    // Bootstrap: a fresh page per run, so every run starts cold, as a first visit does.
    const totals: number[] = []
    const steps: Record<string, number[]> = {}
    for (let run = 0; run < o.bootstrapRuns; run++) {
      const page = await openBench(browser, site.url)
      const t = await page.evaluate((r) => window.bench.bootstrapOnce(r), run)
      totals.push(t.total)
      for (const [name, ms] of Object.entries(t.steps)) (steps[name] ??= []).push(ms)
      await page.close()
    }
    figures.push(
      figure('bootstrap: nothing -> open session', 'ms', { max: 400 }, totals, {
        note: 'new practice bank (server key, IndexedDB) + sandbox user, key pair, installation, device, session',
      }),
    )
    const bankMs = steps['bank ready'] ?? []
    figures.push(
      figure(
        'bootstrap: bank already running',
        'ms',
        'info',
        totals.map((t, i) => t - (bankMs[i] ?? 0)),
        {
          note: 'the same runs without the bank start: what a returning visit or a pre-warmed bank costs',
        },
      ),
    )
    for (const [name, ms] of Object.entries(steps))
      figures.push(figure(`bootstrap step: ${name}`, 'ms', 'info', ms))

    const page = await openBench(browser, site.url)
    const isolated = await page.evaluate(() => crossOriginIsolated)
    const over = await page.evaluate(async (calls) => {
      const r = await window.bench.overhead(calls)
      window.benchSamples = r.exchanges
      return { overhead: r.overhead, bank: r.bank, total: r.total }
    }, o.overheadCalls)
    figures.push(
      figure('request overhead: client per call', 'ms', { max: 2 }, over.overhead, {
        note: `GET monetary-account: total minus bank.handle; timer ${isolated ? '5 µs' : '100 µs'}`,
      }),
      figure('request: call total (client + bank)', 'ms', 'info', over.total),
      figure('request: bank.handle per call', 'ms', 'info', over.bank),
    )

    const unlock = await page.evaluate((runs) => window.bench.unlockTimes(runs), o.unlockRuns)
    figures.push(
      figure('unlock passphrase vault (Chromium)', 'ms', { max: 1500 }, unlock.ms, {
        note: `PBKDF2-SHA256 ${unlock.iterations.toLocaleString('en-GB')} iterations, VaultService over IndexedDB`,
      }),
    )

    figures.push(...(await historyFigures(page, o.historySize)))
    await page.close()
  } finally {
    await site.close()
  }
  figures.unshift(...(await fetchedFirstLoad(browser, o.appDir, o.port + 1)))
  return figures
}

async function historyFigures(page: Page, size: number): Promise<Figure[]> {
  const before = await heapMb(page)
  await page.evaluate((n) => window.bench.history.build(window.benchSamples as never, n), size)
  const built = await heapMb(page)
  const render = await page.evaluate(() => window.bench.history.render())
  const mounted = await heapMb(page)
  const scroll = await page.evaluate(() => window.bench.history.scroll(60))
  const dom = await page.evaluate(() => window.bench.history.domCounts())
  const longFrames = await page.evaluate(() => window.bench.history.longAnimationFrames())
  const n = size.toLocaleString('en-GB')
  return [
    figure(`history: rows in DOM (${n} exchanges)`, 'rows', { max: 99 }, [dom.rows], {
      note: `virtualised; ${dom.elements} elements in the page; long animation frames: ${longFrames}`,
    }),
    figure('history: first render', 'ms', 'info', [render], {
      note: 'mount -> laid out (Svelte + style + layout)',
    }),
    figure('history: scroll frame', 'ms', 'info', scroll, {
      note: 'scroll -> rows swapped and laid out; half far jumps, half one-row steps',
    }),
    figure(`history: heap of ${n} exchanges`, 'MB', 'info', [built - before], {
      note: 'JS heap after GC, model built vs before',
    }),
    figure('history: heap of mounted view', 'MB', 'info', [mounted - built]),
  ]
}

/**
 * JS + CSS the built app's page requests for its first screen (service worker blocked): every file
 * whose request started before main.ts marked the first screen as up (FIRST_SCREEN_MARK, set
 * right after the first view is mounted), by the page's own Resource Timing clock. What the page
 * fetches after that, until the network is idle (the idle prefetch of src/boot/prefetch.ts), is
 * reported beside it, not hidden. Without the mark every file counts.
 */
async function fetchedFirstLoad(browser: Browser, appDir: string, port: number): Promise<Figure[]> {
  const site = await serveFolder(appDir, port)
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const files = new Set<string>()
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (/\.(m?js|css)$/.test(path)) files.add(path.replace(/^\//, ''))
    })
    await page.goto(site.url, { waitUntil: 'networkidle' })
    const timing = await page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0]?.startTime ?? null
      const started = performance
        .getEntriesByType('resource')
        .filter((e) => at === null || e.startTime <= at)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''))
      return { marked: at !== null, started }
    }, FIRST_SCREEN_MARK)
    const early = new Set(timing.started)
    const firstScreen = [...files].filter((f) => early.has(f))
    const kB = (list: string[]) =>
      list.reduce((n, f) => n + gzipBytes(readFileSync(join(appDir, f))), 0) / 1000
    return [
      figure('bundle: first load as fetched by Chromium', 'kB', { max: 60 }, [kB(firstScreen)], {
        note: timing.marked
          ? `${firstScreen.length} files requested before the first screen was up (Start view, empty browser)`
          : `${files.size} files before network idle (the page set no ${FIRST_SCREEN_MARK} mark)`,
      }),
      figure('bundle: fetched before network idle', 'kB', 'info', [kB([...files])], {
        note: `${files.size} files: the first screen plus the idle prefetch of the next views and the core`,
      }),
    ]
  } finally {
    await context.close()
    await site.close()
  }
}

export async function chromiumVersion(browser: Browser): Promise<string> {
  return browser.version()
}
