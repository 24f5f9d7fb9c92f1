// A saved practice bank that cannot be read, in the built app (docs/decisions/0018): the Practice
// bank view says so and offers both ways out; "Save the damaged data…" downloads the record as
// stored, and "Start a fresh practice bank" makes a working bank again.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'

const DAMAGED = '{"version":1,"nextId":1000004,"users":[{"id":1000001,"firstName":"Zoë"'

test('a damaged saved practice bank is reported with "save the damaged data" and "start fresh"', async ({
  page,
}) => {
  await page.goto('/#/start')
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bunq-workbench-practice-bank', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('state')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite')
          tx.objectStore('state').put(text, 'bank')
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
        }
      }),
    DAMAGED,
  )
  await page.goto('/#/practice-bank')
  await page.reload()
  const card = page.getByRole('alert').filter({ hasText: 'could not be read' })
  await expect(card).toContainText('The saved practice bank could not be read')
  await expect(card).toContainText('not valid JSON')
  await expect(card).toContainText('Nothing has been changed')
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `test-results/practice-bank-damaged-${width}.png` })
  }
  await page.setViewportSize({ width: 1280, height: 900 })

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Save the damaged data…' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('practice-bank-damaged.json')
  expect(await readFile((await download.path()) as string, 'utf8')).toBe(DAMAGED)

  await card.getByRole('button', { name: 'Start a fresh practice bank' }).click()
  await expect(page.getByText('A fresh practice bank is ready')).toBeVisible()
  await expect(page.getByText('The saved practice bank could not be read')).toHaveCount(0)
})
