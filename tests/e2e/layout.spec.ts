// Layout on the built app at a laptop (1280 px) and a phone (390 px) width: the header keeps its
// height whoever is signed in, whatever the badges say and whichever view is open; the nav is one
// row on the laptop and the phone header two rows at most; a tapped History row shows its detail
// in view; the "ready to work offline" notice covers no form field.
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, createVault, runAllSteps } from './newcomer-helpers'

const WIDTHS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const

const ROUTES = ['start', 'api-key', 'onboarding', 'accounts', 'console', 'history', 'settings']

async function headerHeight(page: Page): Promise<number> {
  return page.locator('header.top').evaluate((el) => el.getBoundingClientRect().height)
}

/** The distinct rows (by vertical centre, 12 px apart) that the header's parts sit on. */
async function headerRows(page: Page): Promise<number> {
  return page.locator('header.top').evaluate((header) => {
    const parts = [
      header.querySelector('.brand'),
      header.querySelector('.session-bar'),
      header.querySelector('nav .menu') ?? header.querySelector('nav ul'),
    ].filter((el): el is Element => el !== null && el.getClientRects().length > 0)
    const centres = parts
      .map((el) => {
        const box = el.getBoundingClientRect()
        return box.top + box.height / 2
      })
      .sort((a, b) => a - b)
    return centres.filter((c, i) => i === 0 || c - centres[i - 1] > 12).length
  })
}

for (const size of WIDTHS) {
  test.describe(`${size.name} (${size.width} px)`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    test('the header keeps one height: no vault, signed in, long names and badges, every view', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await page.goto('/#/start')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const empty = await headerHeight(page)
      expect(await headerRows(page)).toBeLessThanOrEqual(2)
      if (size.name === 'laptop') {
        expect(empty).toBeLessThanOrEqual(110)
      } else {
        expect(empty).toBeLessThanOrEqual(120)
      }

      await createVault(page)
      expect(await headerHeight(page)).toBe(empty)
      await createSandboxPerson(page)
      await runAllSteps(page)
      await expect(page.getByRole('region', { name: 'Session' }).locator('.who')).toBeVisible()
      expect(await headerHeight(page)).toBe(empty)

      for (const route of ROUTES) {
        await page.goto(`/#/${route}`)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        expect(await headerHeight(page), `header on ${route}`).toBe(empty)
        expect(await headerRows(page), `header rows on ${route}`).toBeLessThanOrEqual(2)
      }

      // The longest name and badges a user could bring: the header is cut, never grown.
      await page.locator('.session-bar .who strong').evaluate((el) => {
        el.textContent = 'Maximiliane Wilhelmina Oppenheimer-Vanderbilt van Oranje-Nassau'
      })
      await page
        .locator('.session-bar .chip')
        .last()
        .evaluate((el) => {
          el.textContent = 'Practice bank at http://127.0.0.1:5055/v1 (a server on this machine)'
        })
      expect(await headerHeight(page)).toBe(empty)
      const header = await page
        .locator('header.top')
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
      expect(header.scroll).toBeLessThanOrEqual(header.client)

      if (size.name === 'laptop') {
        // Every nav link on one row, none scrolled out of sight.
        const nav = await page.locator('nav ul').evaluate((ul) => ({
          tops: [...ul.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top)),
          fits: ul.scrollWidth <= ul.clientWidth,
        }))
        expect(new Set(nav.tops).size).toBe(1)
        expect(nav.fits).toBe(true)
      } else {
        // The phone menu opens over the page without moving the header.
        await page.getByRole('button', { name: /^Menu/ }).click()
        await expect(page.getByRole('link', { name: 'Accounts' })).toBeVisible()
        expect(await headerHeight(page)).toBe(empty)
      }
    })

    test('a tapped History row shows its detail in view; the offline notice covers no field', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await createVault(page)
      await createSandboxPerson(page)
      await runAllSteps(page)
      await page.goto('/#/history')
      const list = page.getByRole('list', { name: 'Exchanges' })
      await expect(list).toBeVisible()

      const layout = page.locator('.layout')
      if (size.name === 'laptop') {
        // Before a pick the list has the whole width: no empty half page.
        const widths = await layout.evaluate((el) => ({
          layout: el.getBoundingClientRect().width,
          list: (el.querySelector('.list') as HTMLElement).getBoundingClientRect().width,
        }))
        expect(widths.list).toBeGreaterThan(widths.layout * 0.95)
      }

      // The oldest row: the furthest down the list, so its detail is furthest from it.
      const rows = list.getByRole('button')
      await rows.last().scrollIntoViewIfNeeded()
      await rows.last().click()
      const detail = page.getByRole('heading', { level: 2, name: /sandbox-user-person/ })
      await expect(detail).toBeInViewport()
      await expect(page.getByRole('region', { name: 'Request and response' })).toBeVisible()
      if (size.name === 'phone') await expect(detail).toBeFocused()

      // Each path shows its distinctive end.
      const tails = await list
        .locator('.tail')
        .evaluateAll((els) =>
          els.map((el) => ({ text: el.textContent ?? '', cut: el.scrollWidth > el.clientWidth })),
        )
      expect(tails.length).toBeGreaterThan(3)
      expect(tails.filter((t) => t.cut)).toEqual([])

      // The offline notice, once the service worker is ready, sits in the flow: no field under it.
      await page.goto('/#/accounts')
      const notice = page.getByRole('status', { name: 'App updates' })
      await expect(notice).toContainText('Ready to work offline', { timeout: 30_000 })
      expect(await notice.evaluate((el) => getComputedStyle(el).position)).toBe('static')
      const covered = await page.evaluate(() => {
        const bad: string[] = []
        for (const field of document.querySelectorAll<HTMLElement>('main input, main button')) {
          const box = field.getBoundingClientRect()
          if (box.width < 2 || box.bottom < 0 || box.top > innerHeight) continue
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          if (hit && hit !== field && !field.contains(hit) && hit.closest('#pwa-prompt')) {
            bad.push(field.getAttribute('aria-label') ?? field.id ?? field.tagName)
          }
        }
        return bad
      })
      expect(covered).toEqual([])
    })
  })
}
