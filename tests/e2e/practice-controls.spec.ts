// The practice bank's controls as a route of the built app (#/practice-bank): in the nav only
// while the practice bank is the backend; its inspector shows the page's signed requests; a
// reset asks first, then clears the bank's own IndexedDB state (no user survives a reload).
import { expect, test, type Page } from '@playwright/test'
import { createSandboxPerson, runAllSteps } from './newcomer-helpers'

/** Users and sessions in the bank's saved state (its own database, src/practice-bank/persist.ts). */
function savedBank(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ users: number; sessions: number }>((resolve, reject) => {
        const open = indexedDB.open('bunq-workbench-practice-bank')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('state').objectStore('state').get('bank')
          get.onsuccess = () => {
            const state = JSON.parse(get.result as string)
            open.result.close()
            resolve({ users: state.users.length, sessions: state.sessions.length })
          }
        }
      }),
  )
}

test('practice bank route: inspector, switches, reset clears the bank', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto('/#/start')
  await page.getByRole('radio', { name: /This browser only/ }).check()
  await page.getByRole('button', { name: 'Create vault in this browser' }).click()
  await expect(page.getByText('Unlocked.')).toBeVisible({ timeout: 20_000 })
  await createSandboxPerson(page)
  await runAllSteps(page)
  // The learner's user beside the resident bravo@bunq.com every practice bank has (decision 0015).
  expect((await savedBank(page)).users).toBe(2)

  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Practice bank' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice bank' })).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Rate limits on/ })).toBeChecked()
  const requests = page.getByRole('list', { name: 'Recent requests, newest first' })
  await expect(requests).toContainText('session-server')
  await expect(requests).toContainText('signature valid (required)')
  await page.screenshot({ path: 'test-results/practice-controls.png', fullPage: true })

  // Reset: cancel keeps everything; confirming clears the bank, saved state included.
  await page.getByRole('button', { name: 'Reset the practice bank…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click()
  expect((await savedBank(page)).users).toBe(2)
  await page.getByRole('button', { name: 'Reset the practice bank…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset the bank' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'practice bank was reset' }),
  ).toBeVisible()
  await expect.poll(() => savedBank(page)).toEqual({ users: 1, sessions: 0 })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Practice bank' })).toBeVisible({
    timeout: 20_000,
  })
  expect(await savedBank(page)).toEqual({ users: 1, sessions: 0 })

  // Another backend: the route leaves the navigation.
  await page.goto('/#/start')
  await page.getByRole('radio', { name: /bunq sandbox \(direct\)/ }).check()
  await expect(nav.getByRole('link', { name: 'Practice bank' })).toHaveCount(0)
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible()
})
