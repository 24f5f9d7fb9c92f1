/**
 * The IndexedDB implementation of the storage contract, through `idb`. Each write is one
 * readwrite transaction, awaited to `done`, so it lands whole or not at all; a full disk becomes
 * 'quota-exceeded' (storage-errors.ts). When another tab opens a newer schema version, this
 * connection closes itself (`blocking`) and reopens on the next call.
 */
import { openDB, type IDBPDatabase } from 'idb'
import type { Exchange } from '../bunq/exchange'
import { DEFAULT_SETTINGS, HISTORY_CAP, type HistoryRow, type LessonProgress } from './records'
import type { ContextRecord, HistoryPage, Settings, VaultMeta } from './records'
import { ALL_STORES, DB_NAME, DB_VERSION, upgradeWorkbenchDb, type WorkbenchDB } from './schema'
import { guardWrite } from './storage-errors'
import type { VaultStore } from './store'

type Db = IDBPDatabase<WorkbenchDB>

/** Opens (and migrates) the workbench database. Rejects where IndexedDB is unavailable. */
export function openWorkbenchDb(name = DB_NAME, onBlocking?: () => void): Promise<Db> {
  return openDB<WorkbenchDB>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeWorkbenchDb(db, oldVersion, tx),
    blocking: () => onBlocking?.(),
  })
}

export class IdbVaultStore implements VaultStore {
  readonly persistent = true
  #db: Promise<Db> | null

  private constructor(
    private readonly name: string,
    db: Db,
  ) {
    this.#db = Promise.resolve(db)
  }

  /** Opens the database first, so a failure (private mode) surfaces here, not on a later call. */
  static async open(name = DB_NAME): Promise<IdbVaultStore> {
    const holder: { store?: IdbVaultStore } = {}
    const db = await openWorkbenchDb(name, () => holder.store?.release())
    holder.store = new IdbVaultStore(name, db)
    return holder.store
  }

  private release(): void {
    void this.#db?.then((db) => db.close())
    this.#db = null
  }

  private db(): Promise<Db> {
    this.#db ??= openWorkbenchDb(this.name, () => this.release())
    return this.#db
  }

  async getMeta(): Promise<VaultMeta | undefined> {
    return (await this.db()).get('vault', 'vault')
  }

  async putMeta(meta: VaultMeta): Promise<void> {
    const db = await this.db()
    await guardWrite(async () => void (await db.put('vault', meta)))
  }

  async listContexts(): Promise<ContextRecord[]> {
    const all = await (await this.db()).getAll('contexts')
    return all.sort((a, b) => a.createdAt - b.createdAt)
  }

  async getContext(id: string): Promise<ContextRecord | undefined> {
    return (await this.db()).get('contexts', id)
  }

  async putContext(record: ContextRecord): Promise<void> {
    const db = await this.db()
    await guardWrite(async () => void (await db.put('contexts', record)))
  }

  async deleteContext(id: string): Promise<void> {
    await (await this.db()).delete('contexts', id)
  }

  async addHistory(redacted: Exchange, cap = HISTORY_CAP): Promise<number> {
    const db = await this.db()
    return guardWrite(async () => {
      const tx = db.transaction('history', 'readwrite')
      const seq = await tx.store.add({ exchange: redacted } as HistoryRow)
      let excess = (await tx.store.count()) - cap
      let cursor = excess > 0 ? await tx.store.openCursor() : null
      while (cursor && excess > 0) {
        await cursor.delete()
        excess--
        cursor = await cursor.continue()
      }
      await tx.done
      return seq
    })
  }

  async listHistory(options: { limit: number; before?: number | null }): Promise<HistoryPage> {
    const db = await this.db()
    const range = options.before == null ? null : IDBKeyRange.upperBound(options.before, true)
    const rows: HistoryRow[] = []
    let cursor = await db.transaction('history').store.openCursor(range, 'prev')
    while (cursor && rows.length < options.limit) {
      rows.push(cursor.value)
      cursor = await cursor.continue()
    }
    return { rows, nextBefore: cursor && rows.length > 0 ? rows[rows.length - 1].seq : null }
  }

  async clearHistory(): Promise<void> {
    await (await this.db()).clear('history')
  }

  async getSettings(): Promise<Settings> {
    return (await (await this.db()).get('settings', 'settings')) ?? { ...DEFAULT_SETTINGS }
  }

  async putSettings(settings: Settings): Promise<void> {
    const db = await this.db()
    await guardWrite(async () => void (await db.put('settings', settings)))
  }

  async getLesson(lessonId: string): Promise<LessonProgress | undefined> {
    return (await this.db()).get('lessons', lessonId)
  }

  async putLesson(progress: LessonProgress): Promise<void> {
    const db = await this.db()
    await guardWrite(async () => void (await db.put('lessons', progress)))
  }

  async listLessons(): Promise<LessonProgress[]> {
    return (await this.db()).getAll('lessons')
  }

  /** One transaction over every store: a wipe is all or nothing. */
  async wipe(): Promise<void> {
    const tx = (await this.db()).transaction(ALL_STORES, 'readwrite')
    await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done])
  }

  close(): void {
    this.release()
  }
}
