// Two "tabs" in one process: two controllers on the same (fake) IndexedDB, each with its own
// connection, sharing a BroadcastChannel name and the in-process write-lock queue.
import { afterEach, describe, expect, it } from 'vitest'
import { IdbVaultStore } from '../../src/storage/idb-store'
import { DB_NAME } from '../../src/storage/schema'
import { createTabSync } from '../../src/storage/tab-sync'
import { makeController, until } from './controller-helpers'
import { fullContext } from './helpers'

const PASS = 'correct horse battery staple'
const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((f) => f()))

async function tab() {
  const store = await IdbVaultStore.open(DB_NAME)
  const sync = createTabSync({ name: 'two-tabs-test', locks: null })
  const made = makeController(store, { sync })
  cleanups.push(() => (made.controller.dispose(), sync.close(), store.close()))
  await made.controller.init()
  return made.controller
}

describe('two tabs on one vault', () => {
  it('lose no update when both edit the same context at once', async () => {
    const a = await tab()
    await a.createVault({ protection: 'passphrase', passphrase: PASS })
    await a.createContext({
      name: 'Shared',
      transport: { kind: 'practice' },
      context: await fullContext(),
    })
    const b = await tab()
    await b.unlock(PASS)
    expect(b.snapshot.active?.meta.name).toBe('Shared')
    const bump = (ctx: import('../../src/bunq/context').ApiContext) => ({
      ...ctx,
      session: { ...ctx.session!, userId: ctx.session!.userId + 1 },
    })
    const start = a.snapshot.active!.context.session!.userId
    const id = a.snapshot.active!.meta.id
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => a.updateActiveContext(bump)),
      ...Array.from({ length: 10 }, () => b.updateActiveContext(bump)),
      a.rename(id, 'Renamed in A'),
    ])
    expect(results.every(Boolean)).toBe(true)
    const fresh = await tab()
    await fresh.unlock(PASS)
    expect(fresh.snapshot.active?.context.session?.userId).toBe(start + 20)
    expect(fresh.snapshot.active?.meta.name).toBe('Renamed in A')
    expect(fresh.snapshot.active?.context.privateKeyPem).toBeNull()
  })

  it('tells the other tab about new contexts, locks and wipes', async () => {
    const a = await tab()
    await a.createVault({ protection: 'passphrase', passphrase: PASS })
    const b = await tab()
    await b.unlock(PASS)
    const seen = until(b, () => b.snapshot.contexts.length === 1)
    await a.createContext({ name: 'New in A', transport: { kind: 'practice' } })
    await seen
    expect(b.snapshot.contexts[0].name).toBe('New in A')
    await b.switchTo(b.snapshot.contexts[0].id)
    const renamed = until(b, () => b.snapshot.active?.meta.name === 'Renamed')
    await a.rename(a.snapshot.active!.meta.id, 'Renamed')
    await renamed
    const locked = until(b, () => b.snapshot.status === 'locked')
    a.lock()
    await locked
    expect(b.snapshot.active).toBeNull()
    await a.unlock(PASS)
    const wiped = until(b, () => b.snapshot.status === 'empty')
    await a.wipe({ confirmed: true })
    await wiped
  })
})

describe('background refresh from another tab', () => {
  it('keeps the error this tab is showing', async () => {
    const a = await tab()
    await a.createVault({ protection: 'passphrase', passphrase: PASS })
    const b = await tab()
    expect(await b.unlock('wrong wrong wrong')).toBe(false)
    const seen = until(b, () => b.snapshot.contexts.length === 1)
    await a.createContext({ name: 'New in A', transport: { kind: 'practice' } })
    await seen
    expect(b.snapshot.lastError?.code).toBe('wrong-passphrase')
    expect(b.snapshot.status).toBe('locked')
  })
})
