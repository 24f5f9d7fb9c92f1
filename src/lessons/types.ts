/**
 * Lessons are data: a list of steps, each with teaching text, the HTTP calls it makes
 * (as the learner will see them in the log) and a check of the outcome against the bank. The
 * runner (runner.ts) executes them against a LessonWorld; nothing here touches the DOM or Svelte.
 */
import type { LessonWorld } from './world'

/** The result of a step's check: `ok` false fails the step, `detail` says what was seen. */
export interface CheckResult {
  ok: boolean
  detail: string
}

export interface LessonStep {
  /** Stable within its lesson; stored in the saved progress. */
  id: string
  title: string
  /** Teaching text, one paragraph per entry: what the step does and why. */
  explain: string[]
  /** The calls the step makes, e.g. "POST /sandbox-user-person" (shown before it runs). */
  calls: string[]
  /** Makes the calls; resolves to one line saying what happened (no secret in it). */
  run(world: LessonWorld): Promise<string>
  /** Asks the bank (or the world) whether the step did what it should. */
  check(world: LessonWorld): Promise<CheckResult>
}

/** What a lesson needs from the backend beyond plain bunq calls. */
export type LessonNeed = 'fault-switches'

export interface Lesson {
  /** The link id: `#/lessons/<id>`. Lower-case, dashes. */
  id: string
  title: string
  /** One or two sentences for the catalogue. */
  summary: string
  /** A rough duration for a facilitator's plan. */
  minutes: number
  /** 'fault-switches': only the practice bank inside the page can run it. */
  needs?: LessonNeed[]
  steps: LessonStep[]
}

/** A passing check. */
export const pass = (detail: string): CheckResult => ({ ok: true, detail })

/** A check that passes when `ok`, with the one line it saw either way. */
export const expectThat = (ok: boolean, detail: string): CheckResult => ({ ok, detail })
