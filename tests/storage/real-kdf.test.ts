// The real work factor: one vault at PBKDF2-SHA256 600,000 iterations, end to end.
import { describe, expect, it } from 'vitest'
import { MIN_PBKDF2_ITERATIONS } from '../../src/crypto/vault'
import { IdbVaultStore } from '../../src/storage/idb-store'
import { DB_NAME } from '../../src/storage/schema'
import { createTabSync } from '../../src/storage/tab-sync'
import { VaultService } from '../../src/storage/vault-service'
import { counterClock, testCrypto } from './helpers'

describe('vault at the real PBKDF2 figure', () => {
  it('records >= 600,000 iterations, unlocks, and refuses a wrong passphrase', async () => {
    const store = await IdbVaultStore.open(DB_NAME)
    const deps = {
      store,
      crypto: testCrypto,
      now: counterClock(),
      newId: () => crypto.randomUUID(),
      sync: createTabSync({ locks: null, channel: null }),
    }
    const vault = new VaultService(deps) // no kdf override: the real policy
    await vault.createVault({ protection: 'passphrase', passphrase: 'a real passphrase here' })
    const meta = await store.getMeta()
    expect(meta?.wrappedKey.kdf).toBe('PBKDF2-SHA256')
    expect(
      meta?.wrappedKey.kdf === 'PBKDF2-SHA256' && meta.wrappedKey.iterations,
    ).toBeGreaterThanOrEqual(MIN_PBKDF2_ITERATIONS)
    vault.lock()
    await expect(vault.unlock('not it')).rejects.toMatchObject({ code: 'wrong-passphrase' })
    await vault.unlock('a real passphrase here')
    expect(vault.isUnlocked).toBe(true)
    // A stored envelope edited down to a weaker work factor is refused by a real vault.
    const weakened = { ...meta!, wrappedKey: { ...meta!.wrappedKey, iterations: 1000 } }
    await store.putMeta(weakened)
    await expect(new VaultService(deps).unlock('a real passphrase here')).rejects.toMatchObject({
      code: 'vault-damaged',
    })
    store.close()
  })
})
