// Where is a Chromium the browser suites can drive? CHROME_PATH, the system's, or Playwright's own.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function findChromium({ install = true } = {}) {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH
  const system = systemPaths.find((p) => existsSync(p))
  if (system) return system
  const bundled = playwrightChromium()
  if (bundled) return bundled
  if (!install) return null
  console.log('No system Chromium; trying `npx playwright install chromium` (needs network)...')
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  return playwrightChromium()
}

function playwrightChromium() {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "try{const p=require('playwright-core').chromium.executablePath();process.stdout.write(p)}catch{}",
    ],
    { encoding: 'utf8' },
  )
  const path = probe.stdout.trim()
  return path && existsSync(path) ? path : null
}
