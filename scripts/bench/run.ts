/**
 * `npm run bench`: builds the app and the bench page, measures every figure against
 * its target, prints a table, and writes the run to bench/runs/ (ignored by git). `npm run bench --
 * --publish` also writes bench/results.json, the tracked figures the docs quote: publishing is a
 * deliberate step, so a local run never dirties the tree. docs/performance.md explains each
 * figure. No figure is asserted in a test; `--strict` makes a missed target exit 1.
 *
 * Ports (loopback only): BENCH_PORT (default 5300) for the bench page, +1 for the built app,
 * +2 for the practice bank server, +3 for the built app in the console bench.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { browserFigures, launchChromium } from './browser'
import { buildApp, describeFiles, measureBundle } from './bundle'
import { catalogueSizeFigures, consoleFigures } from './console-bench'
import { genericFigures, practiceChunkFigures } from './generic-bench'
import { moneyFigures } from './money-bench'
import { serverFigures } from './server-bench'
import { formatTable, type Figure } from './stats'
import { nodeUnlockFigure } from './unlock-node'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PORT = Number(process.env.BENCH_PORT ?? 5300)
const started = performance.now()
const phases: string[] = []

async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const t = performance.now()
  process.stdout.write(`- ${name} ... `)
  const result = await work()
  const s = (performance.now() - t) / 1000
  console.log(`${s.toFixed(1)} s`)
  phases.push(`${name} ${s.toFixed(1)} s`)
  return result
}

function buildBenchPage(): string {
  const config = join(ROOT, 'scripts/bench/vite.page.config.ts')
  const result = spawnSync('npx', ['vite', 'build', '--config', config], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`bench page build failed:\n${result.stderr}`)
  return join(ROOT, 'dist-bench-page')
}

const browser = await launchChromium()
const machine = {
  node: process.version,
  chromium: browser.version(),
  platform: `${process.platform} ${process.arch}`,
  cpus: `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown'}`,
  memoryGb: Math.round(totalmem() / 1e9),
  /** 1-minute load average at the start: other work on the machine makes every timing noisier. */
  loadAverage: Math.round(loadavg()[0] * 10) / 10,
}
console.log(`bunq-workbench bench: Node ${machine.node}, Chromium ${machine.chromium}`)
console.log(
  `machine: ${machine.platform}, ${machine.cpus}, ${machine.memoryGb} GB, load ${machine.loadAverage}\n`,
)

const figures: Figure[] = []
try {
  const appDir = await phase('build app (OUT_DIR=dist-bench)', () => buildApp(ROOT))
  const bundle = measureBundle(appDir, process.env.BASE_PATH ?? '/')
  figures.push(...bundle.figures)
  const pageDir = await phase('build bench page (dist-bench-page)', buildBenchPage)
  figures.push(
    ...(await phase('Chromium: first load, bootstrap, overhead, unlock, history', () =>
      browserFigures(browser, {
        pageDir,
        appDir,
        port: PORT,
        bootstrapRuns: 15,
        overheadCalls: 200,
        unlockRuns: 5,
        historySize: 5000,
      }),
    )),
  )
  figures.push(...catalogueSizeFigures(ROOT, appDir))
  figures.push(
    ...practiceChunkFigures(
      appDir,
      bundle.firstLoad.map((f) => f.file),
    ),
  )
  figures.push(
    ...(await phase('Chromium: console catalogue, open and search', () =>
      consoleFigures(browser, appDir, PORT + 3),
    )),
  )
  figures.push(await phase('Node: unlock reference', () => nodeUnlockFigure(3)))
  figures.push(...(await phase('practice bank server load', () => serverFigures(PORT + 2))))
  figures.push(...(await phase('practice bank money load', () => moneyFigures(PORT + 3))))
  figures.push(...(await phase('practice bank generic engine', genericFigures)))
  console.log('\nfirst load (gzip, static graph):\n' + describeFiles(bundle.firstLoad))
  console.log('everything (gzip):\n' + describeFiles(bundle.everything))
} finally {
  await browser.close()
}

const seconds = (performance.now() - started) / 1000
console.log(`\n${formatTable(figures)}\n`)
for (const f of figures) if (f.note) console.log(`${f.name}: ${f.note}`)
const missed = figures.filter((f) => f.verdict === 'FAIL')
console.log(
  `\n${missed.length === 0 ? 'every target met' : `${missed.length} target(s) missed: ${missed.map((f) => f.name).join('; ')}`}` +
    ` — total ${seconds.toFixed(0)} s`,
)

const runs = join(ROOT, 'bench/runs')
mkdirSync(runs, { recursive: true })
const results = {
  generatedAt: new Date().toISOString(),
  machine,
  durationSeconds: Math.round(seconds),
  phases,
  figures,
}
const json = JSON.stringify(results, null, 2) + '\n'
const runFile = join(runs, `${results.generatedAt.replaceAll(':', '-')}.json`)
writeFileSync(runFile, json)
console.log(`wrote ${runFile}`)
if (process.argv.includes('--publish')) {
  writeFileSync(join(ROOT, 'bench/results.json'), json)
  console.log('published to bench/results.json')
} else console.log('bench/results.json unchanged (publish a run with `npm run bench -- --publish`)')
if (missed.length > 0 && process.argv.includes('--strict')) process.exitCode = 1
