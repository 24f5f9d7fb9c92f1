// A lock (idle auto-lock, "Lock now" in another tab) that lands while the controller is still
// reading the store must win: the snapshot never says 'unlocked' over a dropped data key. Before
// the fix, #refresh read the status BEFORE its store reads and wrote it after them, so the UI
// showed "Unlocked." and the next "Create sandbox person" failed with 'vault-locked'.
import { describe, expect, it } from 'vitest'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { createTabSync, type VaultMessage } from '../../src/storage/tab-sync'
import { makeController } from './controller-helpers'
import { fullContext } from './helpers'

const PASS = 'fake race passphrase'
const practice = { kind: 'practice' } as const

/** A memory store that runs `during` once, inside the next listContexts read after arm(). */
function storeWithHook() {
  const store = new MemoryVaultStore()
  const list = store.listContexts.bind(store)
  const hook = { during: null as (() => void) | null }
  store.listContexts = async () => {
    const rows = await list()
    const run = hook.during
    hook.during = null
    run?.()
    return rows
  }
  return { store, arm: (during: () => void) => (hook.during = during) }
}

describe('vault controller: a lock during a store read', () => {
  it('an idle lock while createVault refreshes leaves the vault locked, not a keyless "unlocked"', async () => {
    const { store, arm } = storeWithHook()
    const { controller, service, timers } = makeController(store)
    await controller.init()
    arm(() => timers.fireAll()) // the idle timer createVault just started fires mid-refresh
    await controller.createVault({ protection: 'passphrase', passphrase: PASS })

    expect(service.isUnlocked).toBe(false)
    expect(controller.snapshot.status).toBe('locked')
    // What the onboarding does next: it is refused as locked, and the UI said so already.
    expect(await controller.createContext({ name: 'Sandbox person', transport: practice })).toBe(
      false,
    )
    expect(controller.snapshot.lastError?.code).toBe('vault-locked')
  })

  it('another tab locking while this tab unlocks: no "unlocked" and no active context left over', async () => {
    const { store, arm } = storeWithHook()
    const first = makeController(store)
    await first.controller.init()
    await first.controller.createVault({ protection: 'passphrase', passphrase: PASS })
    await first.controller.createContext({
      name: 'Person',
      transport: practice,
      context: await fullContext(),
    })
    first.controller.lock()

    const { sync, deliver } = syncWithInbox()
    const { controller, service } = makeController(store, { sync })
    await controller.init()
    // The "vault-locked" message another tab publishes, delivered while this tab reads the store.
    arm(() => deliver({ type: 'vault-locked' }))
    await controller.unlock(PASS)

    expect(service.isUnlocked).toBe(false)
    expect(controller.snapshot.status).toBe('locked')
    expect(controller.snapshot.active).toBeNull()
  })

  it('a lock while the active context is being opened does not leave its keys in the snapshot', async () => {
    const store = new MemoryVaultStore()
    const { controller, service, timers } = makeController(store)
    await controller.init()
    await controller.createVault({ protection: 'passphrase', passphrase: PASS })
    const context = await fullContext()
    const getContext = store.getContext.bind(store)
    store.getContext = async (id) => {
      const row = await getContext(id)
      if (controller.snapshot.contexts.length > 0) timers.fireAll() // idle lock mid-open
      return row
    }
    await controller.createContext({ name: 'Person', transport: practice, context })

    expect(service.isUnlocked).toBe(false)
    expect(controller.snapshot.status).toBe('locked')
    expect(controller.snapshot.active).toBeNull()
  })
})

/** A TabSync whose incoming messages the test delivers itself (as another tab's would arrive). */
function syncWithInbox() {
  const sync = createTabSync({ locks: null, channel: null })
  const listeners: ((message: VaultMessage) => void)[] = []
  const subscribe = sync.subscribe.bind(sync)
  sync.subscribe = (listener) => {
    listeners.push(listener)
    return subscribe(listener)
  }
  return { sync, deliver: (message: VaultMessage) => listeners.forEach((l) => l(message)) }
}
