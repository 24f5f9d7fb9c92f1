// Opens a database written by the previous schema version (v1: vault + contexts only), laid out by
// hand with the raw IndexedDB API, and checks the current code migrates it and unlocks the vault.
import { describe, expect, it } from 'vitest'
import { IdbVaultStore } from '../../src/storage/idb-store'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { DB_NAME, DB_VERSION } from '../../src/storage/schema'
import { fullContext, makeService } from './helpers'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** Version 1 exactly as it was: two stores, keyPath 'id', no indexes. */
async function writeV1(records: { vault: unknown; contexts: unknown[] }): Promise<void> {
  const open = indexedDB.open(DB_NAME, 1)
  open.onupgradeneeded = () => {
    open.result.createObjectStore('vault', { keyPath: 'id' })
    open.result.createObjectStore('contexts', { keyPath: 'id' })
  }
  const db = await request(open)
  const tx = db.transaction(['vault', 'contexts'], 'readwrite')
  tx.objectStore('vault').put(records.vault)
  for (const c of records.contexts) tx.objectStore('contexts').put(c)
  await new Promise((resolve) => (tx.oncomplete = resolve))
  db.close()
}

describe('schema migration', () => {
  it('opens a v1 vault with the current code: records intact, new stores added', async () => {
    // Build v1 records with the vault code on a scratch memory store, then lay them out as v1.
    const scratch = new MemoryVaultStore()
    const writer = makeService(scratch)
    await writer.createVault({ protection: 'passphrase', passphrase: 'correct horse battery' })
    const context = await fullContext()
    const meta = await writer.createContext({
      name: 'Old',
      transport: { kind: 'practice' },
      context,
    })
    await writeV1({ vault: await scratch.getMeta(), contexts: await scratch.listContexts() })

    const store = await IdbVaultStore.open(DB_NAME)
    const reader = makeService(store)
    expect(await reader.status()).toBe('locked')
    await reader.unlock('correct horse battery')
    expect((await reader.openContext(meta.id)).context).toEqual(context)
    // The v2 stores exist and work.
    expect((await store.getSettings()).autoLockMinutes).toBe(15)
    await store.putLesson({ lessonId: 'l1', progress: { done: true }, updatedAt: 1 })
    expect((await store.listHistory({ limit: 1 })).rows).toEqual([])
    store.close()

    const raw = await request(indexedDB.open(DB_NAME))
    expect(raw.version).toBe(DB_VERSION)
    expect(Array.from(raw.objectStoreNames).sort()).toEqual([
      'contexts',
      'history',
      'lessons',
      'settings',
      'vault',
    ])
    expect(Array.from(raw.transaction('contexts').objectStore('contexts').indexNames)).toEqual([
      'by-updated',
    ])
    raw.close()
  })
})
