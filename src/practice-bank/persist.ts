import { openDB, type IDBPDatabase } from 'idb'
import { Lock } from './lock'
import type { BankState } from './state'

/**
 * Where the bank keeps its state between page loads: its own IndexedDB database in the page,
 * memory in Node and tests. The state is stored as one JSON string written after a successful
 * change, so a crash mid-request can never leave half a mutation on disk.
 *
 * Several tabs share one database (docs/decisions/0018): `exclusive` runs a task holding the
 * bank's write lock across tabs (Web Locks), and `revision` changes with every save by any tab,
 * so a tab reloads the state before it changes it and no tab's write is lost.
 */
export interface BankStore {
  load(): Promise<BankState | null>
  save(state: BankState): Promise<void>
  clear(): Promise<void>
  /** The saved text as stored, unparsed (a damaged record is exported as it is). */
  loadText?(): Promise<string | null>
  /** Runs `task` holding the write lock every tab on this store shares. */
  exclusive?<T>(task: () => Promise<T>): Promise<T>
  /** Changes with every save, by any tab; null before the first. */
  revision?(): Promise<string | null>
}

/**
 * Keeps a serialised copy, so what comes back is what JSON round-trips (as with IndexedDB). Two
 * banks given the same memory store behave like two tabs on one IndexedDB database.
 */
export function createMemoryStore(): BankStore {
  let saved: string | null = null
  let revision = 0
  const lock = new Lock()
  return {
    load: async () => (saved === null ? null : (JSON.parse(saved) as BankState)),
    loadText: async () => saved,
    save: async (state) => {
      saved = JSON.stringify(state)
      revision++
    },
    clear: async () => {
      saved = null
      revision++
    },
    exclusive: (task) => lock.run(task),
    revision: async () => (revision === 0 ? null : String(revision)),
  }
}

export const PRACTICE_BANK_DB = 'bunq-workbench-practice-bank'
const STORE = 'state'
const KEY = 'bank'
const REVISION = 'revision'

/** Web Locks where the page has them (every current browser); one tab's own order otherwise. */
function crossTabLock(name: string): <T>(task: () => Promise<T>) => Promise<T> {
  const local = new Lock()
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (!locks) return (task) => local.run(task)
  return (task) => local.run(() => locks.request(`${name}/write`, task))
}

/**
 * IndexedDB store (one database of its own, version 1, one object store holding the state under
 * 'bank' and a random revision under 'revision', written in one transaction). Renaming the
 * database or store would lose every practice user: bump the version and migrate.
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
  const loadText = async () =>
    ((await (await open()).get(STORE, KEY)) as string | undefined) ?? null
  return {
    loadText,
    async load() {
      const text = await loadText()
      return text === null ? null : (JSON.parse(text) as BankState)
    },
    async save(state) {
      const tx = (await open()).transaction(STORE, 'readwrite')
      await Promise.all([
        tx.store.put(JSON.stringify(state), KEY),
        tx.store.put(globalThis.crypto.randomUUID(), REVISION),
        tx.done,
      ])
    },
    async clear() {
      const tx = (await open()).transaction(STORE, 'readwrite')
      await Promise.all([tx.store.delete(KEY), tx.store.delete(REVISION), tx.done])
    },
    exclusive: crossTabLock(name),
    async revision() {
      return ((await (await open()).get(STORE, REVISION)) as string | undefined) ?? null
    },
  }
}

/** The default store: IndexedDB where the page has it, memory elsewhere. */
export function defaultStore(): BankStore {
  return typeof globalThis.indexedDB === 'undefined' ? createMemoryStore() : createIdbStore()
}
