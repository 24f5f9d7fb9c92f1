import { describe, expect, it } from 'vitest'
import { createMemoryStore, type BankStore } from '../../src/practice-bank'
import type { BankState } from '../../src/practice-bank/state'
import { inPage } from './support/faces'

// Saved-state versions and migrations (docs/decisions/0021): a bank saved by an earlier release
// loads after an upgrade; one this release cannot read is reported and kept, never wiped.

/** A store holding exactly this record (as IndexedDB would hand it back). */
function storeWith(record: unknown): BankStore & { saves: number } {
  let saved = JSON.stringify(record)
  const store = {
    saves: 0,
    load: async () => JSON.parse(saved) as BankState,
    save: async (state: BankState) => {
      store.saves++
      saved = JSON.stringify(state)
    },
    clear: async () => {
      saved = 'null'
    },
  }
  return store
}

describe('saved state across upgrades', () => {
  it('loads a bank saved in format 1 (before the generic engine), with users, tokens and money', async () => {
    const first = createMemoryStore()
    const f = await inPage({}, first)
    const c = await f.client().bootstrap()
    // Format 1 as the previous release wrote it: no generic objects, version 1.
    const v1 = (await first.load()) as unknown as Record<string, unknown>
    delete v1.generic
    v1.version = 1
    const store = storeWith(v1)
    const g = await inPage({}, store)
    expect(g.bank.damaged()).toBeNull()
    const again = g.client()
    Object.assign(again, { ...c, fetch: g.fetch })
    const accounts = await again.ok('GET', `/user/${c.userId}/monetary-account-bank`)
    expect(accounts.json.Response[0].MonetaryAccountBank.id).toBe(c.accountId)
    const note = await again.ok('POST', `/user/${c.userId}/certificate-pinned`, {
      body: { certificate_chain: [{ certificate: 'pem' }] },
    })
    expect(note.json.Response[0].Id.id).toBeGreaterThan(c.accountId)
    const upgraded = (await store.load()) as BankState
    expect(upgraded.version).toBe(2)
    expect(upgraded.generic).toHaveLength(1)
  })

  it('reports a record from a newer release or a damaged one, and leaves it untouched', async () => {
    for (const [record, reason] of [
      [{ version: 99, users: [] }, /newer release \(format 99; this one reads up to 2\)/],
      [{ version: 2, users: 'not a list' }, /missing/],
      [['not', 'a', 'bank'], /not a JSON object/],
    ] as const) {
      const store = storeWith(record)
      const f = await inPage({}, store)
      expect(f.bank.damaged()?.reason).toMatch(reason)
      expect(store.saves).toBe(0)
      expect(await store.load()).toEqual(record)
      await f.bank.startFresh()
      expect(((await store.load()) as BankState).version).toBe(2)
    }
  })
})
