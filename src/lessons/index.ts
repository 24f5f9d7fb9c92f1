/**
 * The built-in lessons, in teaching order. Each lesson is one data file; the runner
 * (runner.ts) and the LessonWorld (world.ts) are shared. A link `#/lessons/<id>` opens one.
 */
import { bunqmeTab } from './bunqme-tab'
import { callbacks } from './callbacks'
import { firstPayment } from './first-payment'
import { paging } from './paging'
import { requestAndAccept } from './request-and-accept'
import { scheduledPayment } from './scheduled-payment'
import type { Lesson } from './types'
import { whenThingsGoWrong } from './when-things-go-wrong'

export const LESSONS: readonly Lesson[] = [
  firstPayment,
  requestAndAccept,
  paging,
  callbacks,
  whenThingsGoWrong,
  bunqmeTab,
  scheduledPayment,
]

export function lessonById(id: string | null | undefined): Lesson | null {
  return LESSONS.find((l) => l.id === id) ?? null
}

/** The lesson id in a hash such as `#/lessons/paging` (query or trailing parts ignored). */
export function lessonIdFromHash(hash: string): string | null {
  const match = /^#\/?lessons\/([a-z0-9-]+)/.exec(hash)
  return match ? match[1] : null
}

export type { Lesson, LessonStep, CheckResult } from './types'
export { LessonRunner, type LessonRun, type StepRun, type StepStatus } from './runner'
export { LessonWorld, type WorldExchange } from './world'
