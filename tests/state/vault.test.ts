// The vault's runes class (src/state/vault.svelte.ts), compiled by the Svelte plugin and run in
// Node over the real service, a memory store and fast PBKDF2: getters follow the vault, failures
// become `error`, and deleting or wiping still needs the user's confirmation (the service's guard).
import { describe, expect, it } from 'vitest'
import { wireVault } from '../../src/state/vault.svelte'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { createTabSync } from '../../src/storage/tab-sync'
import { ManualTimers } from '../storage/controller-helpers'
import { FAST_KDF } from '../storage/helpers'

const platform = {
  subtle: crypto.subtle,
  randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
  randomUUID: () => crypto.randomUUID(),
  now: () => Date.UTC(2026, 0, 15),
}
const PASSPHRASE = 'node test passphrase'

function open(store = new MemoryVaultStore(), timers = new ManualTimers()) {
  return wireVault({
    platform,
    store,
    timers,
    kdf: FAST_KDF,
    sync: createTabSync({ locks: null, channel: null }),
    transport: () => ({ kind: 'direct', baseUrl: 'https://public-api.sandbox.bunq.com/v1' }),
  })
}

describe('Vault (runes class in Node)', () => {
  it('creates, adds a context with the transport setting, renames, locks and unlocks', async () => {
    const { vault, service, controller } = await open()
    expect(vault.status).toBe('empty')
    expect(vault.protection).toBeNull()
    await vault.create(PASSPHRASE)
    expect(vault.status).toBe('unlocked')
    expect(vault.protection).toBe('passphrase')

    await vault.addContext('Sandbox person', 'SANDBOX')
    const [summary] = vault.contexts
    expect(summary).toEqual({
      id: vault.activeId,
      name: 'Sandbox person',
      environment: 'SANDBOX',
      // The bank that issued the context's key, derived from its transport and environment.
      bank: { kind: 'bunq-sandbox' },
      stage: 'no-user',
      updatedAt: Date.UTC(2026, 0, 15),
    })
    // The list shows no transport details; the stored context has the setting it was made with.
    expect(Object.keys(summary)).not.toContain('transport')
    const stored = await service.listContexts()
    expect(stored[0].transport).toEqual({
      kind: 'direct',
      baseUrl: 'https://public-api.sandbox.bunq.com/v1',
    })

    await vault.rename(summary.id, '  Alice  ')
    expect(vault.contexts[0].name).toBe('Alice')

    vault.lock()
    expect(vault.status).toBe('locked')
    expect(vault.activeId).toBeNull()
    await vault.unlock('not the passphrase')
    expect(vault.error?.code).toBe('wrong-passphrase')
    expect(vault.status).toBe('locked')
    vault.dismissError()
    expect(vault.error).toBeNull()
    await vault.unlock(PASSPHRASE)
    expect(vault.status).toBe('unlocked')
    expect(vault.activeId).toBe(summary.id)
    controller.dispose()
  })

  it('keeps the service guard: no confirmation, nothing deleted', async () => {
    const { vault, controller } = await open()
    await vault.createWithoutPassphrase()
    await vault.addContext('Kept', 'SANDBOX')
    const unconfirmed = {} as { confirmed: true }
    await vault.remove(vault.contexts[0].id, unconfirmed)
    expect(vault.error?.code).toBe('confirmation-required')
    await vault.wipe(unconfirmed)
    expect(vault.error?.code).toBe('confirmation-required')
    expect(vault.contexts.map((c) => c.name)).toEqual(['Kept'])

    await vault.wipe({ confirmed: true })
    expect(vault.status).toBe('empty')
    expect(vault.contexts).toEqual([])
    controller.dispose()
  })

  it('reports a memory-only store, and unlocking a vault that does not exist says so', async () => {
    const { vault, controller } = await open()
    expect(vault.persistent).toBe(false)
    await vault.unlock('anything at all')
    expect(vault.error?.code).toBe('no-vault')
    controller.dispose()
  })

  it('locks itself after the idle time, and a "this browser only" vault reopens by itself', async () => {
    const store = new MemoryVaultStore()
    const timers = new ManualTimers()
    const first = await open(store, timers)
    await first.vault.createWithoutPassphrase()
    timers.fireAll()
    expect(first.vault.status).toBe('locked')
    first.controller.dispose()

    const again = await open(store)
    expect(again.vault.status).toBe('unlocked')
    expect(again.vault.protection).toBe('browser')
    again.controller.dispose()
  })
})
