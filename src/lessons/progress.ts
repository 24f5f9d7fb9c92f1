/**
 * Saved lesson progress: which steps are done and what each one saw, as plain JSON with no secret
 * in it (the storage layer's `lessons` store keeps it in clear, src/storage/schema.ts). Users and
 * their keys are not saved: after a reload the runner replays the done steps on a fresh bank.
 */
import type { LessonProgress } from '../storage/records'
import type { CheckResult } from './types'

export interface StepError {
  code: string
  message: string
  hint: string
}

export interface SavedStep {
  status: 'done' | 'failed'
  result: string | null
  check: CheckResult | null
  error: StepError | null
  at: number
}

export interface SavedLesson {
  version: 1
  lessonId: string
  /** Index of the next step to run (steps.length when finished). */
  current: number
  steps: Record<string, SavedStep>
  startedAt: number
  updatedAt: number
}

/** Where progress is kept: the vault store's lesson records, or memory in tests. */
export interface ProgressStore {
  load(lessonId: string): Promise<SavedLesson | null>
  save(progress: SavedLesson): Promise<void>
  list(): Promise<SavedLesson[]>
}

/** Reads our JSON back out of an opaque LessonProgress record; anything unexpected is null. */
export function fromRecord(record: LessonProgress | undefined): SavedLesson | null {
  const p = record?.progress as Partial<SavedLesson> | undefined
  if (!p || p.version !== 1 || typeof p.current !== 'number' || typeof p.steps !== 'object')
    return null
  return p as SavedLesson
}

/** The part of the storage contract (src/storage/store.ts) progress needs. */
export interface LessonRecordStore {
  getLesson(lessonId: string): Promise<LessonProgress | undefined>
  putLesson(progress: LessonProgress): Promise<void>
  listLessons(): Promise<LessonProgress[]>
}

/** Progress in the app's store (IndexedDB, or memory when IndexedDB is missing). */
export function storeProgress(open: () => Promise<LessonRecordStore>): ProgressStore {
  return {
    load: async (lessonId) => fromRecord(await (await open()).getLesson(lessonId)),
    save: async (progress) =>
      (await open()).putLesson({
        lessonId: progress.lessonId,
        progress,
        updatedAt: progress.updatedAt,
      }),
    list: async () =>
      (await (await open()).listLessons())
        .map((r) => fromRecord(r))
        .filter((p): p is SavedLesson => p !== null),
  }
}

/** Progress in memory (tests, and a page whose storage is blocked). */
export function memoryProgress(): ProgressStore {
  const saved = new Map<string, SavedLesson>()
  return {
    load: async (id) => structuredClone(saved.get(id) ?? null),
    save: async (p) => void saved.set(p.lessonId, structuredClone(p)),
    list: async () => [...saved.values()].map((p) => structuredClone(p)),
  }
}
