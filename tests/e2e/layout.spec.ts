// Layout on the built app at a laptop (1280 px) and a phone (390 px) width: the header keeps its
// height whoever is signed in, whatever the badges say and whichever view is open; the nav is one
// row on the laptop and the phone header two rows at most, the bank (and on the laptop the user's
// name) uncut; one presenter switch on every view; a tapped History row shows its detail in view,
// each path its distinctive end, and a focused row its whole ring; dates in the Accounts lists
// stay on one line clear of the amounts; the "ready to work offline" notice covers no form field.
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, createVault, runAllSteps, topUp } from './newcomer-helpers'

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

/** The first visible text that says "context", and whether it sits in a <dfn>. */
async function firstContext(page: Page): Promise<{ text: string; defined: boolean } | null> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!
      if (!/\bcontexts?\b/i.test(node.textContent ?? '')) continue
      if (parent.getClientRects().length === 0 || parent.closest('[aria-hidden="true"]')) continue
      return { text: node.textContent ?? '', defined: parent.closest('dfn') !== null }
    }
    return null
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

      // The word "context" is explained where a newcomer first reads it, header included:
      // not at all before the vault exists, then first inside its definition.
      expect(await firstContext(page)).toBeNull()
      await createVault(page)
      expect(await headerHeight(page)).toBe(empty)
      expect(await firstContext(page)).toMatchObject({ defined: true })
      await createSandboxPerson(page)
      await runAllSteps(page)
      await expect(page.getByRole('region', { name: 'Session' }).locator('.who')).toBeVisible()
      expect(await headerHeight(page)).toBe(empty)
      // The practice bank's names fit whole: the laptop shows the bank, the name and the
      // countdown uncut; the phone the bank's short name ("Practice bank"), the user's name
      // taking what is left.
      // The sandbox user's name is random: on a phone a long one ends in an ellipsis by design.
      const whole = size.name === 'laptop' ? '.chip.bank, .who strong, .expires' : '.chip.bank'
      const cut = await page
        .locator('.session-bar')
        .evaluate(
          (bar, selector) =>
            [...bar.querySelectorAll<HTMLElement>(selector)]
              .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth)
              .map((el) => el.textContent),
          whole,
        )
      expect(cut).toEqual([])
      await expect(page.locator('.session-bar .chip.bank')).toHaveText(
        size.name === 'laptop' ? /Practice bank \(this page\)/ : /Practice bank/,
      )

      for (const route of ROUTES) {
        await page.goto(`/#/${route}`)
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
        expect(await headerHeight(page), `header on ${route}`).toBe(empty)
        expect(await headerRows(page), `header rows on ${route}`).toBeLessThanOrEqual(2)
        // One presenter switch, in the header, whatever the view offers.
        await expect(page.getByRole('button', { name: /presenter/i })).toHaveCount(1)
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

    test('a tapped History row shows its detail in view; lists keep dates whole; the offline notice covers no field', async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await createVault(page)
      await createSandboxPerson(page)
      await runAllSteps(page)
      // Money and a request: the Accounts lists get a status badge beside a dated line, and
      // History gets the longest path ends (`monetary-account-savings?count=50`).
      await topUp(page, '100')
      const rows = await page.locator('main .item-list li:has(.date)').evaluateAll((items) =>
        items.map((li) => {
          const date = li.querySelector('.date')!.getBoundingClientRect()
          const amount = li.querySelector('.amount')!.getBoundingClientRect()
          const apart =
            date.right <= amount.left ||
            amount.right <= date.left ||
            date.bottom <= amount.top ||
            amount.bottom <= date.top
          const lineHeight = parseFloat(getComputedStyle(li.querySelector('.date')!).lineHeight)
          return { text: li.textContent, apart, oneLine: date.height < lineHeight * 1.5 }
        }),
      )
      expect(rows.length).toBeGreaterThanOrEqual(2) // the payment in and the request
      for (const row of rows)
        expect(row, 'date on one line, clear of the amount').toMatchObject({
          apart: true,
          oneLine: true,
        })

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
      const entries = list.getByRole('button')
      await entries.last().scrollIntoViewIfNeeded()
      await entries.last().click()
      const detail = page.getByRole('heading', { level: 2, name: /sandbox-user-person/ })
      await expect(detail).toBeInViewport()
      // Not only the heading at the window's bottom edge: the exchange itself is on screen.
      await expect(page.getByRole('region', { name: 'Request and response' })).toBeInViewport({
        ratio: 0.3,
      })
      if (size.name === 'phone') await expect(detail).toBeFocused()

      // A row focused from the keyboard shows its whole ring: drawn inside the row, which the
      // list's scrolling box does not clip.
      await entries.first().focus()
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Tab')
      const ring = await list.evaluate((ul) => {
        const row = document.activeElement as HTMLElement
        const style = getComputedStyle(row)
        const inset = -parseFloat(style.outlineOffset)
        const box = row.getBoundingClientRect()
        const clip = ul.closest('.scroller')!.getBoundingClientRect()
        return {
          focusedRow: ul.contains(row),
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          inside: inset >= parseFloat(style.outlineWidth),
          withinBox: box.left >= clip.left && box.right <= clip.right,
        }
      })
      expect(ring).toEqual({ focusedRow: true, visible: true, inside: true, withinBox: true })

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
