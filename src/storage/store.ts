/**
 * The storage contract. Two implementations keep it: IndexedDB (idb-store.ts) and memory
 * (memory-store.ts, when IndexedDB cannot be opened). One contract test suite runs against both
 * (docs/architecture.md, "tests by contract"). Every write either completes or leaves the previous state: a full disk gives
 * 'quota-exceeded' and nothing half-written.
 */
import type { Exchange } from '../bunq/exchange'
import type { ContextRecord, HistoryPage, LessonProgress, Settings, VaultMeta } from './records'

export interface VaultStore {
  /** False for the memory store: the UI shows "nothing will be kept" (a banner). */
  readonly persistent: boolean

  getMeta(): Promise<VaultMeta | undefined>
  putMeta(meta: VaultMeta): Promise<void>

  /** All contexts, oldest first by createdAt. */
  listContexts(): Promise<ContextRecord[]>
  getContext(id: string): Promise<ContextRecord | undefined>
  putContext(record: ContextRecord): Promise<void>
  deleteContext(id: string): Promise<void>

  /** Appends a REDACTED exchange; keeps only the `cap` newest rows. */
  addHistory(redacted: Exchange, cap?: number): Promise<number>
  /** Newest first; `before` is the seq to continue below (from the previous page). */
  listHistory(options: { limit: number; before?: number | null }): Promise<HistoryPage>
  clearHistory(): Promise<void>

  getSettings(): Promise<Settings>
  putSettings(settings: Settings): Promise<void>

  getLesson(lessonId: string): Promise<LessonProgress | undefined>
  putLesson(progress: LessonProgress): Promise<void>
  listLessons(): Promise<LessonProgress[]>

  /** Removes every stored item (schema.ts STORED_ITEMS: clearedBy 'wipe'). */
  wipe(): Promise<void>
  close(): void
}
