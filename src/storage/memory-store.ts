/**
 * The in-memory implementation of the storage contract, for browsers where IndexedDB cannot be
 * opened (some private modes). Same behaviour, nothing kept: `persistent` is false and the UI
 * shows a banner. Values are structured-cloned in and out, as IndexedDB does, so a caller can
 * never mutate what is "stored". `quotaBytes` caps the estimated size, so the quota path is real.
 */
import type { Exchange } from '../bunq/exchange'
import { DEFAULT_SETTINGS, HISTORY_CAP } from './records'
import type {
  ContextRecord,
  HistoryPage,
  HistoryRow,
  LessonProgress,
  Settings,
  VaultMeta,
} from './records'
import { QuotaExceededError } from './storage-errors'
import type { VaultStore } from './store'

export class MemoryVaultStore implements VaultStore {
  readonly persistent = false
  #meta: VaultMeta | undefined
  #contexts = new Map<string, ContextRecord>()
  #history = new Map<number, HistoryRow>()
  #nextSeq = 1
  #settings: Settings | undefined
  #lessons = new Map<string, LessonProgress>()

  constructor(private readonly options: { quotaBytes?: number } = {}) {}

  /** Rough size (JSON length) of everything held plus `extra`; CryptoKeys count as nothing. */
  #checkQuota(extra: unknown): void {
    const limit = this.options.quotaBytes
    if (limit === undefined) return
    const all = [this.#meta, [...this.#contexts.values()], [...this.#history.values()], extra]
    if (JSON.stringify(all).length > limit) throw new QuotaExceededError()
  }

  async getMeta(): Promise<VaultMeta | undefined> {
    return this.#meta && structuredClone(this.#meta)
  }

  async putMeta(meta: VaultMeta): Promise<void> {
    this.#checkQuota(meta)
    this.#meta = structuredClone(meta)
  }

  async listContexts(): Promise<ContextRecord[]> {
    return [...this.#contexts.values()]
      .map((r) => structuredClone(r))
      .sort((a, b) => a.createdAt - b.createdAt)
  }

  async getContext(id: string): Promise<ContextRecord | undefined> {
    const record = this.#contexts.get(id)
    return record && structuredClone(record)
  }

  async putContext(record: ContextRecord): Promise<void> {
    this.#checkQuota(record)
    this.#contexts.set(record.id, structuredClone(record))
  }

  async deleteContext(id: string): Promise<void> {
    this.#contexts.delete(id)
  }

  async addHistory(redacted: Exchange, cap = HISTORY_CAP): Promise<number> {
    this.#checkQuota(redacted)
    const seq = this.#nextSeq++
    this.#history.set(seq, { seq, exchange: structuredClone(redacted) })
    // Map iteration follows insertion order, i.e. ascending seq: drop from the front.
    for (const oldest of this.#history.keys()) {
      if (this.#history.size <= cap) break
      this.#history.delete(oldest)
    }
    return seq
  }

  async listHistory(options: { limit: number; before?: number | null }): Promise<HistoryPage> {
    const before = options.before ?? Number.POSITIVE_INFINITY
    const older = [...this.#history.values()].filter((r) => r.seq < before).reverse()
    const rows = older.slice(0, options.limit).map((r) => structuredClone(r))
    const more = older.length > rows.length && rows.length > 0
    return { rows, nextBefore: more ? rows[rows.length - 1].seq : null }
  }

  async clearHistory(): Promise<void> {
    this.#history.clear()
  }

  async getSettings(): Promise<Settings> {
    return structuredClone(this.#settings ?? DEFAULT_SETTINGS)
  }

  async putSettings(settings: Settings): Promise<void> {
    this.#checkQuota(settings)
    this.#settings = structuredClone(settings)
  }

  async getLesson(lessonId: string): Promise<LessonProgress | undefined> {
    const lesson = this.#lessons.get(lessonId)
    return lesson && structuredClone(lesson)
  }

  async putLesson(progress: LessonProgress): Promise<void> {
    this.#checkQuota(progress)
    this.#lessons.set(progress.lessonId, structuredClone(progress))
  }

  async listLessons(): Promise<LessonProgress[]> {
    return [...this.#lessons.values()].map((l) => structuredClone(l))
  }

  async wipe(): Promise<void> {
    this.#meta = undefined
    this.#settings = undefined
    this.#contexts.clear()
    this.#history.clear()
    this.#lessons.clear()
  }

  close(): void {}
}
