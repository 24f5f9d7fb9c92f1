import { expect, test, type Page } from '@playwright/test'

// A strict CSP on the built page, no violation while using it, and no request to any
// origin but the page's own (the in-page practice bank is the default transport).

type Violation = { directive: string; blocked: string; sample: string }

/** Collects securitypolicyviolation events (Playwright's init script is not itself subject to CSP). */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      }),
    )
  })
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations)
}

/** Console lines Chromium prints when it refuses something under the policy. */
function cspConsoleErrors(page: Page): string[] {
  const lines: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) lines.push(message.text())
  })
  return lines
}

test('the built index.html carries the policy first and has no inline script, style or handler', async ({
  request,
}) => {
  const html = await (await request.get('/')).text()
  const head = html.slice(0, html.indexOf('</head>'))
  const meta = head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)
  expect(meta?.[1]).toContain("script-src 'self'")
  expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<(script|link)\b/))
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // every script has a src
  expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+="/i)
  // Nothing in the page points at another origin.
  expect(html.match(/(?:src|href)="(https?:)?\/\/[^"]*"/g) ?? []).toEqual([])
})

test('every view renders with no CSP violation and no request to another origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin
  const violations = await recordViolations(page)
  const consoleErrors = cspConsoleErrors(page)
  const foreign: string[] = []
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(req.url())
  })

  await page.goto('/')
  await expect(page.locator('#app')).toContainText('bunq workbench')
  // Every view the navigation offers (hash routes), discovered from the page itself.
  const routes = await page
    .locator('a[href^="#/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))])
  expect(routes.length).toBeGreaterThan(0)
  for (const route of routes) {
    await page.goto(`/${route}`)
    await expect(page.locator('#app')).toContainText('bunq workbench')
    await page.waitForLoadState('networkidle')
  }

  expect(await violations()).toEqual([])
  expect(consoleErrors).toEqual([])
  expect(foreign).toEqual([])
})

test('the policy is enforced: inline script, style attributes and foreign fetches are refused', async ({
  page,
}) => {
  const violations = await recordViolations(page)
  await page.goto('/')
  await expect(page.locator('#app')).toContainText('bunq workbench')
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
    const styled = document.createElement('div')
    styled.setAttribute('style', 'color: red')
    document.body.append(styled)
    const fetched = await fetch('https://tracker.example.invalid/pixel').then(
      () => 'sent',
      () => 'refused',
    )
    return { inlineRan: 'inlineRan' in window, fetched }
  })
  expect(outcome).toEqual({ inlineRan: false, fetched: 'refused' })
  // Violation events are queued tasks: poll until all three have arrived.
  await expect
    .poll(async () => (await violations()).map((violation) => violation.directive))
    .toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr', 'connect-src']))
})
