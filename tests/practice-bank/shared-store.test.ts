// Two tabs on one saved practice bank, and a saved bank that cannot be read
// (docs/decisions/0018). Two banks on one memory store behave as two tabs on one IndexedDB
// database: one write lock, one revision. The browser itself is tested in
// tests/e2e/practice-bank-tabs.spec.ts.
import { describe, expect, it } from 'vitest'
import { createMemoryStore, createPracticeBank, TEST_OPTIONS } from '../../src/practice-bank'
import type { BankStore } from '../../src/practice-bank'
import { TestClient } from './support/client'
import { inPageFetch } from './support/faces'

function tab(store: BankStore) {
  const bank = createPracticeBank({ ...TEST_OPTIONS, store })
  const client = () => new TestClient(inPageFetch(bank))
  return { bank, client }
}

describe('two tabs on one saved practice bank', () => {
  it('both onboard at the same time: neither user is lost', async () => {
    const store = createMemoryStore()
    const a = tab(store)
    const b = tab(store)
    const [ca, cb] = await Promise.all([a.client().bootstrap(), b.client().bootstrap()])
    expect(ca.userId).not.toBe(cb.userId)
    const saved = (await store.load())!
    const ids = saved.users.map((u) => u.id)
    expect(ids).toContain(ca.userId)
    expect(ids).toContain(cb.userId)
    // And each tab serves the other's user: a third tab too.
    expect((await ca.ok('GET', `/user/${ca.userId}`)).status).toBe(200)
    const c = tab(store)
    const cc = c.client()
    Object.assign(cc, { sessionToken: cb.sessionToken, serverPublicKeyPem: cb.serverPublicKeyPem })
    expect((await cc.ok('GET', '/user')).json.Response[0].UserPerson.id).toBe(cb.userId)
  })

  it('interleaved steps (user in A, installation in B, device in A, session in B) all land', async () => {
    const store = createMemoryStore()
    const a = tab(store)
    const b = tab(store)
    const ca = a.client()
    const viaB = b.client()
    await ca.createUser()
    Object.assign(viaB, { apiKey: ca.apiKey })
    await viaB.install()
    Object.assign(ca, {
      installationToken: viaB.installationToken,
      serverPublicKeyPem: viaB.serverPublicKeyPem,
    })
    await ca.registerDevice()
    Object.assign(viaB, { installationToken: ca.installationToken })
    await viaB.openSession()
    Object.assign(ca, { sessionToken: viaB.sessionToken })
    expect((await ca.ok('GET', '/user')).json.Response[0].UserPerson.id).toBe(viaB.userId)
    const saved = (await store.load())!
    expect(saved.installations).toHaveLength(1)
    expect(saved.devices).toHaveLength(1)
    expect(saved.sessions).toHaveLength(1)
  })

  it('twenty users made by three tabs, alternating, are all saved', async () => {
    const store = createMemoryStore()
    const tabs = [tab(store), tab(store), tab(store)]
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) => tabs[i % 3].client().createUser()),
    )
    expect(new Set(made).size).toBe(20)
    const saved = (await store.load())!
    expect(saved.apiKeys).toHaveLength(20)
  })
})

describe('a saved practice bank that cannot be read', () => {
  function damagedStore(text: string): BankStore {
    const store = createMemoryStore()
    return { ...store, loadText: async () => text, load: async () => JSON.parse(text) }
  }

  it.each([
    ['cut-off JSON', '{"version":1,"nextId":10', /not valid JSON/],
    ['another shape', '{"version":1,"nextId":5}', /the server key is missing/],
    ['an unknown version', '{"version":7}', /newer release \(format 7/],
    ['not an object', '[1,2,3]', /not a JSON object/],
  ])(
    '%s: says so, refuses calls with the way out, and keeps the data',
    async (_name, text, reason) => {
      let saves = 0
      const base = damagedStore(text)
      const store: BankStore = { ...base, save: async (s) => void (saves++, await base.save(s)) }
      const { bank, client } = tab(store)
      await bank.ready
      expect(bank.damaged()?.reason).toMatch(reason)
      const reply = await client().call('POST', '/sandbox-user-person', {
        token: 'none',
        sign: false,
      })
      expect(reply.status).toBe(503)
      expect(reply.json.Error[0].error_description).toMatch(
        /^The saved practice bank could not be read\. Open Practice bank to save the damaged data to a file or start a fresh practice bank\./,
      )
      expect(saves).toBe(0) // nothing overwritten before the user chose
      expect(bank.exportDamaged()).toBe(text)
    },
  )

  it('start fresh: a new bank, saved, serving calls again', async () => {
    const store = damagedStore('{"broken"')
    const { bank, client } = tab(store)
    await bank.ready
    await bank.startFresh()
    expect(bank.damaged()).toBeNull()
    const c = await client().bootstrap()
    expect(c.userId).toBeGreaterThan(0)
  })
})
