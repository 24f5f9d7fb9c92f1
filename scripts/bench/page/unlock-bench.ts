/**
 * Unlocking a passphrase vault at the app's configured PBKDF2 work factor (REAL_KDF, >= 600,000
 * iterations): the real VaultService over the real IndexedDB store, as the unlock screen does it.
 */
import { MIN_PBKDF2_ITERATIONS } from '../../../src/crypto/vault'
import { IdbVaultStore } from '../../../src/storage/idb-store'
import { createTabSync } from '../../../src/storage/tab-sync'
import { VaultService } from '../../../src/storage/vault-service'
import { REAL_KDF } from '../../../src/storage/vault-protection'

const PASSPHRASE = 'bench passphrase, obviously fake'

export async function unlockTimes(runs: number): Promise<{ iterations: number; ms: number[] }> {
  if (REAL_KDF.iterations < MIN_PBKDF2_ITERATIONS) throw new Error('REAL_KDF is below the minimum')
  const store = await IdbVaultStore.open(`bench-vault-${Date.now()}`)
  const vault = new VaultService({
    store,
    crypto: {
      subtle: crypto.subtle,
      randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
    },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    sync: createTabSync({ name: `bench-vault-${Date.now()}` }),
  })
  await vault.createVault({ protection: 'passphrase', passphrase: PASSPHRASE })
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    vault.lock()
    const t = performance.now()
    await vault.unlock(PASSPHRASE)
    ms.push(performance.now() - t)
    if (!vault.isUnlocked) throw new Error('unlock did not unlock')
  }
  store.close()
  return { iterations: REAL_KDF.iterations, ms }
}
