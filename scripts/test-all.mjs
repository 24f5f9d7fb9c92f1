#!/usr/bin/env node
// `npm test`: every suite (unit, component, practice bank, end-to-end in Chromium), then one plain
// line `N passed, N failed, N flaky` adding them all up (CI reads it; Vitest's summary it cannot).
// A flaky test failed first and passed on Playwright's retry: it is named, and counted on its own,
// never silently as passed (docs/decisions/0005).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { findChromium } from './find-chromium.mjs'
import { flakyTests } from './flaky-tests.mjs'

const out = '.test-output'
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

let passed = 0
let failed = 0
let flaky = 0
let broken = false

// 1. Vitest: unit (node) and ui (jsdom) projects.
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}/vitest.json`,
])
if (existsSync(`${out}/vitest.json`)) {
  const report = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  const skipped = report.numPendingTests + report.numTodoTests
  if (skipped > 0) console.log(`(${skipped} unit/component tests skipped, counted as neither)`)
  // A file that fails to load has no tests but is a failure all the same.
  if (vitestStatus !== 0 && report.numFailedTests === 0) broken = true
} else broken = true

// 2. End-to-end in Chromium, against the built app. Never skipped silently.
const chromium = findChromium()
if (!chromium) {
  console.error(
    '\nNo Chromium found for the browser suites. Install one: `apt-get install -y chromium` (Debian),\n' +
      'or set CHROME_PATH to a Chromium/Chrome binary, or run `npx playwright install chromium`.',
  )
  failed += 1
  broken = true
} else {
  console.log(`\nChromium for browser suites: ${chromium}`)
  const buildStatus = run('npx', ['vite', 'build', '--logLevel', 'warn'])
  if (buildStatus !== 0) broken = true
  const e2eStatus = run('npx', ['playwright', 'test'], {
    CHROME_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
  })
  if (existsSync(`${out}/playwright.json`)) {
    const report = JSON.parse(readFileSync(`${out}/playwright.json`, 'utf8'))
    const stats = report.stats
    passed += stats.expected
    failed += stats.unexpected
    flaky += stats.flaky ?? 0
    for (const name of flakyTests(report)) console.log(`flaky (passed on retry): ${name}`)
    if (stats.skipped > 0)
      console.log(`(${stats.skipped} end-to-end tests skipped, counted as neither)`)
    if (e2eStatus !== 0 && stats.unexpected === 0) broken = true
  } else broken = true
}

if (broken && failed === 0) failed = 1
console.log(`\n${passed} passed, ${failed} failed, ${flaky} flaky`)
process.exit(failed > 0 || broken ? 1 : 0)
