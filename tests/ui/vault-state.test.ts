// The VaultState runes class (src/state/vault.svelte.ts) compiled by the Svelte plugin: its
// getters follow the controller's snapshot, and failures become lastError, never exceptions.
import { describe, expect, it } from 'vitest'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { createTabSync } from '../../src/storage/tab-sync'
import { openVault } from '../../src/state/vault.svelte'

const platform = {
  subtle: crypto.subtle,
  randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
  randomUUID: () => crypto.randomUUID(),
  now: () => Date.UTC(2026, 0, 15),
}
const kdf = { iterations: 1000, minIterations: 1000 }
const timers = { setTimeout: () => 0, clearTimeout: () => {} }

describe('VaultState', () => {
  it('opens on IndexedDB, creates a vault and a context, locks', async () => {
    const vault = await openVault({ platform, kdf, timers, sync: createTabSync({ channel: null }) })
    expect(vault.status).toBe('empty')
    expect(vault.persistent).toBe(true)
    await vault.createVault({ protection: 'passphrase', passphrase: 'ui test passphrase' })
    await vault.createContext({ name: 'Sandbox person', transport: { kind: 'practice' } })
    expect(vault.status).toBe('unlocked')
    expect(vault.contexts.map((c) => c.name)).toEqual(['Sandbox person'])
    expect(vault.activeId).toBe(vault.contexts[0].id)
    vault.lockNow()
    expect(vault.status).toBe('locked')
    expect(vault.active).toBeNull()
    vault.dispose()
  })

  it('reports a memory-only store and keeps errors as state', async () => {
    const vault = await openVault({
      platform,
      kdf,
      timers,
      store: new MemoryVaultStore(),
      sync: createTabSync({ channel: null }),
    })
    expect(vault.persistent).toBe(false)
    expect(await vault.unlock('anything at all')).toBe(false)
    expect(vault.lastError?.code).toBe('vault-locked')
    vault.dismissError()
    expect(vault.lastError).toBeNull()
    vault.dispose()
  })
})
