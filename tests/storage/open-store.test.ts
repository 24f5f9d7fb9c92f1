// Where IndexedDB is missing or refuses to open (some private modes), the app runs in memory.
import { afterEach, describe, expect, it } from 'vitest'
import { _resetForTests, openVaultStore, sharedVaultStore } from '../../src/storage/open-store'

const realIndexedDB = globalThis.indexedDB
afterEach(() => {
  globalThis.indexedDB = realIndexedDB
  _resetForTests()
})

describe('openVaultStore', () => {
  it('uses IndexedDB when it opens', async () => {
    const store = await openVaultStore()
    expect(store.persistent).toBe(true)
    store.close()
  })

  it('falls back to memory when open() fails, with the same contract', async () => {
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        )
      },
    } as unknown as IDBFactory
    const store = await openVaultStore()
    expect(store.persistent).toBe(false)
    await store.putLesson({ lessonId: 'a', progress: 1, updatedAt: 1 })
    expect(await store.listLessons()).toHaveLength(1)
  })

  it('falls back to memory when there is no IndexedDB at all', async () => {
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB
    expect((await openVaultStore()).persistent).toBe(false)
  })

  it('shares one store until reset', async () => {
    const first = await sharedVaultStore()
    expect(await sharedVaultStore()).toBe(first)
    _resetForTests()
    expect(await sharedVaultStore()).not.toBe(first)
  })
})
