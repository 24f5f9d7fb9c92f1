// Two tabs of the built app on one vault: both add contexts at the same moment (Web
// Locks serialise the writes, BroadcastChannel tells the other tab); after a reload every
// context is there.
import { expect, test } from '@playwright/test'
import { createVault, unlockVault } from './newcomer-helpers'

test('two tabs adding contexts at once lose nothing', async ({ context }) => {
  test.setTimeout(90_000)
  const a = await context.newPage()
  await createVault(a)
  const b = await context.newPage()
  await b.goto('/#/start')
  await unlockVault(b)

  const add = async (page: typeof a, name: string) => {
    await page.getByLabel('New context name').fill(name)
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    // The add has landed in this tab once its context shows in the list.
    await expect(page.getByRole('radio', { name: new RegExp(name) })).toBeVisible()
  }
  await Promise.all([add(a, 'Alice A'), add(b, 'Bob B')])
  await Promise.all([add(a, 'Carol A'), add(b, 'Dave B')])
  for (const page of [a, b])
    for (const name of ['Alice A', 'Bob B', 'Carol A', 'Dave B'])
      await expect(page.getByRole('radio', { name: new RegExp(name) })).toBeVisible()

  await a.reload()
  await a.goto('/#/start')
  await unlockVault(a)
  for (const name of ['Alice A', 'Bob B', 'Carol A', 'Dave B'])
    await expect(a.getByRole('radio', { name: new RegExp(name) })).toBeVisible()
  await a.screenshot({ path: 'test-results/vault-tabs.png', fullPage: true })
})
