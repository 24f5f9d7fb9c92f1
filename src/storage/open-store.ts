/**
 * Picks the store: IndexedDB when it opens, otherwise memory with `persistent: false` (the UI
 * shows "nothing will be kept"). The app's one shared store is cached; `_resetForTests` drops the
 * cache so each test gets a fresh database (toolchain P6). The memory store loads only when it is
 * needed: almost every browser opens IndexedDB, and the first screen carries what it must.
 */
import { IdbVaultStore } from './idb-store'
import { DB_NAME } from './schema'
import type { VaultStore } from './store'

/** Opens IndexedDB, or falls back to memory when it is missing or refuses to open. */
export async function openVaultStore(name = DB_NAME): Promise<VaultStore> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) return await memoryStore()
    return await IdbVaultStore.open(name)
  } catch {
    // Firefox private mode (older versions) and some embedded views reject open(): run in memory.
    return memoryStore()
  }
}

async function memoryStore(): Promise<VaultStore> {
  const { MemoryVaultStore } = await import('./memory-store')
  return new MemoryVaultStore()
}

let shared: Promise<VaultStore> | null = null

/** The app's single store, opened once. */
export function sharedVaultStore(): Promise<VaultStore> {
  shared ??= openVaultStore()
  return shared
}

/** Test hook: forget the cached store (closing its connection). */
export function _resetForTests(): void {
  void shared?.then((store) => store.close())
  shared = null
}
