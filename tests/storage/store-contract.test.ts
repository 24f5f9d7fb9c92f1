// One contract suite, run against every VaultStore implementation (docs/architecture.md, "tests by contract").
import { afterEach, describe, expect, it } from 'vitest'
import type { Exchange } from '../../src/bunq/exchange'
import { IdbVaultStore } from '../../src/storage/idb-store'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { DEFAULT_SETTINGS, type ContextRecord } from '../../src/storage/records'
import type { VaultStore } from '../../src/storage/store'
import { exchangeFixture } from '../support/exchange-fixture'

function exchange(n: number): Exchange {
  return exchangeFixture({
    id: `ex-${n}`,
    startedAt: 1_700_000_000_000 + n,
    durationMs: 3,
    request: {
      method: 'GET',
      url: `https://practice.bunq.invalid/v1/user/${n}`,
      headers: {},
      body: '',
    },
    response: { status: 200, headers: {}, body: '{}' },
  })
}

function record(id: string, createdAt: number): ContextRecord {
  return {
    id,
    name: `ctx ${id}`,
    environment: 'SANDBOX',
    transport: { kind: 'practice' },
    stage: 'no-user',
    createdAt,
    updatedAt: createdAt,
    secret: { v: 1, kdf: 'none', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' },
  }
}

const implementations: [string, () => Promise<VaultStore>][] = [
  ['IndexedDB', () => IdbVaultStore.open('contract-test')],
  ['memory', async () => new MemoryVaultStore()],
]

describe.each(implementations)('VaultStore contract: %s', (label, open) => {
  let store: VaultStore
  afterEach(() => store?.close())

  it('reports whether it persists', async () => {
    store = await open()
    expect(store.persistent).toBe(label === 'IndexedDB')
  })

  it('keeps contexts, lists them oldest first, deletes one', async () => {
    store = await open()
    await store.putContext(record('b', 20))
    await store.putContext(record('a', 10))
    expect((await store.listContexts()).map((r) => r.id)).toEqual(['a', 'b'])
    await store.putContext({ ...record('a', 10), name: 'renamed' })
    expect((await store.getContext('a'))?.name).toBe('renamed')
    await store.deleteContext('a')
    expect(await store.getContext('a')).toBeUndefined()
    expect((await store.listContexts()).map((r) => r.id)).toEqual(['b'])
  })

  it('returns copies: mutating a read value does not change the store', async () => {
    store = await open()
    await store.putContext(record('a', 1))
    const read = await store.getContext('a')
    read!.name = 'mutated'
    expect((await store.getContext('a'))?.name).toBe('ctx a')
  })

  it('pages history newest first and keeps only the cap newest', async () => {
    store = await open()
    for (let n = 1; n <= 7; n++) await store.addHistory(exchange(n), 5)
    const first = await store.listHistory({ limit: 2 })
    expect(first.rows.map((r) => r.exchange.id)).toEqual(['ex-7', 'ex-6'])
    const second = await store.listHistory({ limit: 2, before: first.nextBefore })
    expect(second.rows.map((r) => r.exchange.id)).toEqual(['ex-5', 'ex-4'])
    const last = await store.listHistory({ limit: 10, before: second.nextBefore })
    expect(last.rows.map((r) => r.exchange.id)).toEqual(['ex-3'])
    expect(last.nextBefore).toBeNull()
    await store.clearHistory()
    expect((await store.listHistory({ limit: 10 })).rows).toEqual([])
  })

  it('gives default settings until saved', async () => {
    store = await open()
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS)
    await store.putSettings({ ...DEFAULT_SETTINGS, autoLockMinutes: 5, theme: 'dark' })
    expect((await store.getSettings()).autoLockMinutes).toBe(5)
  })

  it('keeps opaque lesson progress per lesson id', async () => {
    store = await open()
    await store.putLesson({
      lessonId: 'signing',
      progress: { step: 3, done: [1, 2] },
      updatedAt: 5,
    })
    expect((await store.getLesson('signing'))?.progress).toEqual({ step: 3, done: [1, 2] })
    expect(await store.listLessons()).toHaveLength(1)
  })

  it('round-trips a non-extractable CryptoKey in the vault record', async () => {
    store = await open()
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'wrapKey',
    ])
    await store.putMeta({
      id: 'vault',
      vaultId: 'v',
      protection: 'browser',
      browserKey: key,
      wrappedKey: { v: 1, kdf: 'none', iv: 'x', ct: 'y' },
      createdAt: 1,
      updatedAt: 1,
    })
    const read = await store.getMeta()
    expect(read?.browserKey).toBeInstanceOf(CryptoKey)
    expect(read?.browserKey?.extractable).toBe(false)
  })

  it('wipes every store', async () => {
    store = await open()
    await store.putContext(record('a', 1))
    await store.addHistory(exchange(1))
    await store.putSettings({ ...DEFAULT_SETTINGS, theme: 'light' })
    await store.putLesson({ lessonId: 'x', progress: 1, updatedAt: 1 })
    await store.wipe()
    expect(await store.listContexts()).toEqual([])
    expect((await store.listHistory({ limit: 5 })).rows).toEqual([])
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS)
    expect(await store.listLessons()).toEqual([])
    expect(await store.getMeta()).toBeUndefined()
  })
})
