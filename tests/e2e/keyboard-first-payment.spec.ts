// The first payment with the keyboard only, on the built app (real models, in-page practice
// bank): Tab, Shift+Tab, Enter, Space and typing; no click. After every key the focused element
// is a visible element of the app with a visible focus indicator, never <body>, and never hidden
// under the sticky header; after each action (create vault, create user, run the steps, request
// money, send the payment) focus stays where the action was.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { PASSPHRASE } from './newcomer-helpers'

interface FocusFacts {
  tag: string
  text: string
  onBody: boolean
  outline: string
  covered: boolean
  inViewport: boolean
  hit: string
}

async function focusFacts(page: Page): Promise<FocusFacts> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) {
      return {
        tag: 'body',
        text: '',
        onBody: true,
        outline: '',
        covered: false,
        inViewport: false,
        hit: '',
      }
    }
    // A visually hidden radio shows its focus on the card (label) that wraps it.
    const own = el.getBoundingClientRect()
    const shown = (own.width <= 1 && el.closest('label')) || el
    const style = getComputedStyle(shown)
    const box = shown.getBoundingClientRect()
    const x = Math.min(Math.max(box.left + Math.min(box.width / 2, 20), 0), innerWidth - 1)
    const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1)
    const hit = document.elementFromPoint(x, y)
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      onBody: false,
      outline:
        style.outlineStyle === 'none' ? 'none' : `${style.outlineStyle} ${style.outlineWidth}`,
      // Something else (the sticky header) drawn over the focused element.
      covered: hit !== null && hit !== shown && !shown.contains(hit) && !hit.contains(shown),
      inViewport: box.bottom > 0 && box.top < innerHeight,
      hit: hit ? `${hit.tagName.toLowerCase()}.${hit.className} at ${Math.round(y)}px` : '',
    }
  })
}

/** Focus is on something visible with a ring, not on the body and not under the header. */
async function expectFocusVisible(page: Page, after: string): Promise<FocusFacts> {
  const facts = await focusFacts(page)
  expect(facts.onBody, `focus fell to <body> after ${after}`).toBe(false)
  expect(facts.inViewport, `focused ${facts.tag} "${facts.text}" off screen after ${after}`).toBe(
    true,
  )
  expect(
    facts.covered,
    `focused ${facts.tag} "${facts.text}" covered by ${facts.hit} after ${after}`,
  ).toBe(false)
  expect(facts.outline, `no focus ring on ${facts.tag} "${facts.text}" after ${after}`).not.toBe(
    'none',
  )
  return facts
}

let tabs = 0

/**
 * Presses Tab (Shift+Tab when the target comes earlier in the page), checking focus after each
 * press, until `target` has focus.
 */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  await target.waitFor()
  const backwards = await target.evaluate((el) => {
    const active = document.activeElement
    if (!active || active === document.body || active === el) return false
    return (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
  })
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    tabs++
    await expectFocusVisible(page, 'Tab')
  }
  throw new Error(`no focus on the target after ${max} Tabs`)
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target)
  await page.keyboard.press(key)
}

test('the first payment with the keyboard only, focus always visible and kept', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await page.goto('/#/start')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // The skip link is the first stop and leaves the view where it is.
  await page.keyboard.press('Tab')
  tabs++
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
  await expect(page).toHaveURL(/#\/start$/)

  // 1. A vault.
  await tabTo(page, page.getByLabel('Passphrase', { exact: true }))
  await page.keyboard.type(PASSPHRASE)
  await tabTo(page, page.getByLabel('Repeat passphrase'))
  await page.keyboard.type(PASSPHRASE)
  await press(page, page.getByRole('button', { name: 'Create vault' }))
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
  await expectFocusVisible(page, 'Create vault')

  // 2. A sandbox user.
  await press(page, page.getByRole('link', { name: 'API key', exact: true }))
  await expect(page.getByRole('heading', { level: 1, name: 'API key' })).toBeFocused()
  await press(page, page.getByRole('button', { name: 'Create sandbox person' }))
  await expect(page.getByText('Sandbox person created')).toBeVisible({ timeout: 20_000 })
  await expectFocusVisible(page, 'Create sandbox person')

  // 3. The onboarding steps.
  await press(page, page.getByRole('button', { name: /^Next: / }))
  await expect(page.getByRole('heading', { level: 1, name: 'Onboarding' })).toBeFocused()
  await press(page, page.getByRole('button', { name: 'Run all remaining steps' }))
  await expect(page.getByText('5 of 5 done')).toBeVisible({ timeout: 60_000 })
  await expectFocusVisible(page, 'Run all remaining steps')

  // 4. Sandbox money.
  await press(page, page.getByRole('button', { name: 'Next: your accounts' }))
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeFocused()
  await tabTo(page, page.getByLabel('Amount (EUR, max 500)'))
  await page.keyboard.type('100')
  await press(page, page.getByRole('button', { name: 'Request money' }))
  await expect(page.getByText(/from Sugar Daddy: ACCEPTED/)).toBeVisible({ timeout: 30_000 })
  await expectFocusVisible(page, 'Request money')

  // 5. The payment, through its confirmation.
  await tabTo(page, page.getByLabel('Amount (EUR)', { exact: true }))
  await page.keyboard.type('12.34')
  await tabTo(page, page.getByLabel('Email address'))
  await page.keyboard.type('sugardaddy@bunq.com')
  await tabTo(page, page.getByLabel('Description'))
  await page.keyboard.type('First payment')
  await press(page, page.getByRole('button', { name: 'Review payment' }))
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expectFocusVisible(page, 'Review payment')
  await press(page, dialog.getByRole('button', { name: 'Send payment' }))
  await expect(page.getByText(/Paid 12\.34 EUR/)).toBeVisible({ timeout: 20_000 })
  const afterPayment = await expectFocusVisible(page, 'Send payment')

  // Focus stays in the payment form: one Shift+Tab goes back to its button, not to the page's top.
  expect(afterPayment.text).toMatch(/^Paid 12\.34 EUR/)
  await page.keyboard.press('Shift+Tab')
  tabs++
  await expectFocusVisible(page, 'the Shift+Tab after the payment')
  await expect(page.getByRole('button', { name: 'Review payment' })).toBeFocused()
  expect(pageErrors).toEqual([])
  test.info().annotations.push({ type: 'tabs', description: String(tabs) })
  console.log(`keyboard-only first payment: ${tabs} Tab presses`)
})
