/**
 * Every stored item, declared ONCE with what clears it (docs/architecture.md, "stored items declared once"), and the IndexedDB schema
 * with its migrations. Renaming a store loses data, so stores are only ever added in a new
 * version, in `upgrade`, and a test opens a database written by the previous version.
 *
 * Versions:
 *  1  vault, contexts                         (the first vault layout)
 *  2  + history, settings, lessons; contexts gain the 'by-updated' index
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb'
import type { ContextRecord, HistoryRow, LessonProgress, Settings, VaultMeta } from './records'

export const DB_NAME = 'bunq-workbench'
export const DB_VERSION = 2

/** lock: dropped from memory by "lock now" / auto-lock. wipe: "wipe everything". */
export type ClearedBy = 'lock' | 'delete-context' | 'clear-history' | 'wipe'

/** What is kept where, and what removes it. The UI's "what is stored" page reads this table. */
export const STORED_ITEMS = {
  vault: { where: 'indexeddb', since: 1, clearedBy: ['wipe'], secret: 'wrapped data key' },
  contexts: {
    where: 'indexeddb',
    since: 1,
    clearedBy: ['delete-context', 'wipe'],
    secret: 'sealed ApiContext',
  },
  history: { where: 'indexeddb', since: 2, clearedBy: ['clear-history', 'wipe'], secret: 'none' },
  settings: { where: 'indexeddb', since: 2, clearedBy: ['wipe'], secret: 'none' },
  lessons: { where: 'indexeddb', since: 2, clearedBy: ['wipe'], secret: 'none' },
  dataKey: { where: 'memory', since: 1, clearedBy: ['lock', 'wipe'], secret: 'non-extractable' },
  activeContext: {
    where: 'memory',
    since: 1,
    clearedBy: ['lock', 'wipe'],
    secret: 'decrypted ApiContext + non-extractable signing key',
  },
} as const satisfies Record<
  string,
  { where: 'indexeddb' | 'memory'; since: number; clearedBy: readonly ClearedBy[]; secret: string }
>

export interface WorkbenchDB extends DBSchema {
  vault: { key: 'vault'; value: VaultMeta }
  contexts: { key: string; value: ContextRecord; indexes: { 'by-updated': number } }
  history: { key: number; value: HistoryRow }
  settings: { key: 'settings'; value: Settings }
  lessons: { key: string; value: LessonProgress }
}

export type WorkbenchStore = StoreNames<WorkbenchDB>
export const ALL_STORES: WorkbenchStore[] = ['vault', 'contexts', 'history', 'settings', 'lessons']

/**
 * The migrations, run by openDB's `upgrade`. Each step is additive and runs once, in order, so a
 * database from any earlier version reaches DB_VERSION with its records intact. Records are never
 * rewritten here: context metadata is bound into the sealed record's AAD and cannot be changed
 * without the data key.
 */
export function upgradeWorkbenchDb(
  db: IDBPDatabase<WorkbenchDB>,
  oldVersion: number,
  tx: IDBPTransaction<WorkbenchDB, WorkbenchStore[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('vault', { keyPath: 'id' })
    db.createObjectStore('contexts', { keyPath: 'id' })
  }
  if (oldVersion < 2) {
    tx.objectStore('contexts').createIndex('by-updated', 'updatedAt')
    db.createObjectStore('history', { keyPath: 'seq', autoIncrement: true })
    db.createObjectStore('settings', { keyPath: 'id' })
    db.createObjectStore('lessons', { keyPath: 'lessonId' })
  }
}
