/**
 * Node's reference figure for unlocking (Chromium is the figure; Node is for reference): the same
 * VaultService at the real PBKDF2 work factor, over the in-memory store.
 */
import { webcrypto } from 'node:crypto'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { createTabSync } from '../../src/storage/tab-sync'
import { VaultService } from '../../src/storage/vault-service'
import { REAL_KDF } from '../../src/storage/vault-protection'
import { figure, type Figure } from './stats'

const PASSPHRASE = 'bench passphrase, obviously fake'

export async function nodeUnlockFigure(runs: number): Promise<Figure> {
  const vault = new VaultService({
    store: new MemoryVaultStore(),
    crypto: {
      subtle: webcrypto.subtle as SubtleCrypto,
      randomBytes: (n) => webcrypto.getRandomValues(new Uint8Array(n)),
    },
    now: () => Date.now(),
    newId: () => webcrypto.randomUUID(),
    sync: createTabSync({ locks: null, channel: null }),
  })
  await vault.createVault({ protection: 'passphrase', passphrase: PASSPHRASE })
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    vault.lock()
    const t = performance.now()
    await vault.unlock(PASSPHRASE)
    ms.push(performance.now() - t)
  }
  return figure('unlock passphrase vault (Node)', 'ms', { max: 1500 }, ms, {
    note: `reference; PBKDF2-SHA256 ${REAL_KDF.iterations.toLocaleString('en-GB')} iterations, memory store`,
  })
}
