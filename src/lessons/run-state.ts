/** What a lesson run looks like from outside: the snapshot the runner (runner.ts) emits. */
import type { Exchange } from '../bunq/exchange'
import type { StepError } from './progress'
import type { CheckResult } from './types'
import type { LessonWorld, WorldExchange } from './world'

export type StepStatus = 'pending' | 'running' | 'done' | 'failed'

export interface StepRun {
  id: string
  status: StepStatus
  result: string | null
  check: CheckResult | null
  error: StepError | null
  /** Redacted copies only (never `raw`), tagged with the cast member who made the call. */
  exchanges: Array<{ actor: string; exchange: Exchange }>
  /** Done in an earlier visit; its exchanges are not in this page. */
  fromEarlierVisit: boolean
}

export interface LessonRun {
  lessonId: string
  steps: StepRun[]
  /** Index of the next step to run; steps.length when the lesson is finished. */
  current: number
  finished: boolean
  busy: boolean
  /** A line about what the runner is doing ("Replaying 3 steps from your last visit"). */
  activity: string | null
}

export type WorldFactory = (listener: (exchange: WorldExchange) => void) => Promise<LessonWorld>
