import { openDB, type IDBPDatabase } from 'idb'
import type { BankState } from './state'

/**
 * Where the bank keeps its state between page loads: its own IndexedDB database in the page,
 * memory in Node and tests. The state is stored as one JSON string written after a successful
 * change, so a crash mid-request can never leave half a mutation on disk.
 */
export interface BankStore {
  load(): Promise<BankState | null>
  save(state: BankState): Promise<void>
  clear(): Promise<void>
}

/** Keeps a serialised copy, so what comes back is what JSON round-trips (as with IndexedDB). */
export function createMemoryStore(): BankStore {
  let saved: string | null = null
  return {
    load: async () => (saved === null ? null : (JSON.parse(saved) as BankState)),
    save: async (state) => {
      saved = JSON.stringify(state)
    },
    clear: async () => {
      saved = null
    },
  }
}

export const PRACTICE_BANK_DB = 'bunq-workbench-practice-bank'
const STORE = 'state'
const KEY = 'bank'

/**
 * IndexedDB store (one database of its own, version 1, one object store holding one record).
 * Renaming the database or store would lose every practice user: bump the version and migrate.
 */
export function createIdbStore(name = PRACTICE_BANK_DB): BankStore {
  let db: Promise<IDBPDatabase> | null = null
  const open = () => {
    db ??= openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore(STORE)
      },
    })
    return db
  }
  return {
    async load() {
      const text = (await (await open()).get(STORE, KEY)) as string | undefined
      return text === undefined ? null : (JSON.parse(text) as BankState)
    },
    async save(state) {
      await (await open()).put(STORE, JSON.stringify(state), KEY)
    },
    async clear() {
      await (await open()).delete(STORE, KEY)
    },
  }
}

/** The default store: IndexedDB where the page has it, memory elsewhere. */
export function defaultStore(): BankStore {
  return typeof globalThis.indexedDB === 'undefined' ? createMemoryStore() : createIdbStore()
}
