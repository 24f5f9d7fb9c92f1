// Builds VaultControllers the way wireVault does, with a hand-driven timer and fast PBKDF2.
import { VaultController } from '../../src/state/vault-controller'
import type { Timers } from '../../src/state/vault-idle'
import type { VaultStore } from '../../src/storage/store'
import { createTabSync, type TabSync } from '../../src/storage/tab-sync'
import { VaultService } from '../../src/storage/vault-service'
import { FAST_KDF, counterClock, testCrypto } from './helpers'

/** Timers that fire only when the test says so. */
export class ManualTimers implements Timers {
  pending = new Map<number, { callback: () => void; ms: number }>()
  #next = 1
  setTimeout(callback: () => void, ms: number): number {
    const id = this.#next++
    this.pending.set(id, { callback, ms })
    return id
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number)
  }
  fireAll(): void {
    const due = [...this.pending.values()]
    this.pending.clear()
    for (const t of due) t.callback()
  }
}

export function makeController(
  store: VaultStore,
  options: { sync?: TabSync; timers?: ManualTimers; now?: () => number } = {},
) {
  const sync = options.sync ?? createTabSync({ locks: null, channel: null })
  const now = options.now ?? counterClock()
  const newId = () => globalThis.crypto.randomUUID()
  const service = new VaultService({ store, crypto: testCrypto, now, newId, sync, kdf: FAST_KDF })
  const timers = options.timers ?? new ManualTimers()
  const controller = new VaultController({
    service,
    store,
    sync,
    subtle: testCrypto.subtle,
    now,
    newId,
    timers,
  })
  return { controller, service, timers, sync }
}

/** Resolves when `predicate` holds on the controller's snapshot (for cross-tab messages). */
export function until(controller: VaultController, predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = controller.subscribe(() => {
      if (predicate()) {
        queueMicrotask(() => stop())
        resolve()
      }
    })
  })
}
