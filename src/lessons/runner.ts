/**
 * Runs one lesson step by step against a LessonWorld, checks each outcome, keeps the redacted
 * exchanges per step (for the page and the transcript), and saves progress after every step.
 * Errors become state (docs/architecture.md, "one error family"): `runNext` never throws. After a reload the world is new,
 * so steps done in an earlier visit are replayed first (their users and money are rebuilt).
 */
import type { Exchange } from '../bunq/exchange'
import { BunqError } from '../errors'
import type { ProgressStore, SavedLesson, StepError } from './progress'
import type { LessonRun, StepRun, WorldFactory } from './run-state'
import type { Lesson } from './types'
import type { LessonWorld, WorldExchange } from './world'

export type { LessonRun, StepRun, StepStatus, WorldFactory } from './run-state'

export class LessonRunner {
  readonly lesson: Lesson
  #run: LessonRun
  #world: LessonWorld | null = null
  #collect: StepRun | null = null
  readonly #makeWorld: WorldFactory
  readonly #store: ProgressStore
  readonly #now: () => number
  readonly #onChange: (run: LessonRun) => void
  readonly #explain: (error: unknown) => { message: string; hint?: string } | null
  #startedAt: number

  constructor(options: {
    lesson: Lesson
    makeWorld: WorldFactory
    store: ProgressStore
    now: () => number
    onChange?: (run: LessonRun) => void
    /**
     * Words for an error whose text is not for users as it is (a transport's diagnosis is facts:
     * the state layer words it); null keeps the error's own message and hint.
     */
    explain?: (error: unknown) => { message: string; hint?: string } | null
  }) {
    this.lesson = options.lesson
    this.#makeWorld = options.makeWorld
    this.#store = options.store
    this.#now = options.now
    this.#onChange = options.onChange ?? (() => {})
    this.#explain = options.explain ?? (() => null)
    this.#startedAt = this.#now()
    this.#run = this.#fresh()
  }

  get run(): LessonRun {
    return this.#run
  }

  /** The world of this page visit (null before the first step runs). */
  get world(): LessonWorld | null {
    return this.#world
  }

  /** Restores saved progress: done steps show as done, marked as from an earlier visit. */
  async load(): Promise<void> {
    const saved = await this.#store.load(this.lesson.id).catch(() => null)
    if (!saved) return this.#emit()
    this.#startedAt = saved.startedAt
    const steps = this.lesson.steps.map((step, i) => {
      const s = saved.steps[step.id]
      const run = this.#blank(step.id)
      if (s && i < saved.current + 1) {
        Object.assign(run, { status: s.status, result: s.result, check: s.check, error: s.error })
        run.fromEarlierVisit = true
      }
      return run
    })
    const current = Math.min(saved.current, steps.length)
    this.#run = { ...this.#run, steps, current, finished: current >= steps.length }
    this.#emit()
  }

  /** Runs the next step (replaying earlier ones first when this page has no world yet). */
  async runNext(): Promise<boolean> {
    if (this.#run.busy || this.#run.finished) return false
    this.#patch({ busy: true })
    try {
      if (!this.#world) {
        this.#world = await this.#makeWorld((e) => this.#collect?.exchanges.push(toRow(e)))
        await this.#replay()
      }
      return await this.#step(this.#run.current)
    } catch (error) {
      this.#fail(this.#run.current, error)
      return false
    } finally {
      this.#patch({ busy: false, activity: null })
    }
  }

  /** Runs every remaining step, stopping at the first failure. */
  async runAll(): Promise<boolean> {
    while (!this.#run.finished) if (!(await this.runNext())) return false
    return true
  }

  /** Forgets the world and the progress: the lesson starts over on a fresh bank. */
  async restart(): Promise<void> {
    if (this.#run.busy) return
    this.#world = null
    this.#startedAt = this.#now()
    this.#run = this.#fresh()
    await this.#save()
    this.#emit()
  }

  async #replay(): Promise<void> {
    const done = this.#run.current
    for (let i = 0; i < done; i++) {
      this.#patch({ activity: `Replaying step ${i + 1} of ${done} from your last visit…` })
      if (!(await this.#step(i, true))) throw new Error('replay failed')
    }
  }

  async #step(index: number, replay = false): Promise<boolean> {
    const step = this.lesson.steps[index]
    const world = this.#world!
    const run = { ...this.#blank(step.id), status: 'running' as const }
    this.#setStep(index, run)
    this.#collect = run
    try {
      const result = await step.run(world)
      const check = await step.check(world)
      this.#collect = null
      this.#setStep(index, { ...run, status: check.ok ? 'done' : 'failed', result, check })
      if (!check.ok) return false
      if (!replay)
        this.#patch({ current: index + 1, finished: index + 1 >= this.#run.steps.length })
      await this.#save()
      return true
    } catch (error) {
      this.#collect = null
      this.#fail(index, error, run)
      if (replay) throw error
      return false
    }
  }

  #fail(index: number, error: unknown, run = this.#run.steps[index]): void {
    if (!run) return
    const e = error instanceof BunqError ? error : null
    const words = e && this.#explain(e)
    const stepError: StepError = {
      code: e?.code ?? 'unexpected',
      message: words?.message ?? e?.message ?? 'The step stopped unexpectedly.',
      hint: (words ? words.hint : e?.hint) ?? 'Run the step again, or restart the lesson.',
    }
    this.#setStep(index, { ...run, status: 'failed', error: stepError })
    void this.#save()
  }

  async #save(): Promise<void> {
    const steps: SavedLesson['steps'] = {}
    for (const s of this.#run.steps) {
      if (s.status === 'done' || s.status === 'failed')
        steps[s.id] = {
          status: s.status,
          result: s.result,
          check: s.check,
          error: s.error,
          at: this.#now(),
        }
    }
    const progress: SavedLesson = {
      version: 1,
      lessonId: this.lesson.id,
      current: this.#run.current,
      steps,
      startedAt: this.#startedAt,
      updatedAt: this.#now(),
    }
    await this.#store.save(progress).catch(() => {
      // Storage full or blocked: the lesson still runs, it just will not resume after a reload.
    })
  }

  #setStep(index: number, run: StepRun): void {
    const steps = this.#run.steps.slice()
    steps[index] = run
    this.#patch({ steps })
  }

  #patch(partial: Partial<LessonRun>): void {
    this.#run = { ...this.#run, ...partial }
    this.#emit()
  }

  #emit(): void {
    this.#onChange(this.#run)
  }

  #blank(id: string): StepRun {
    return {
      id,
      status: 'pending',
      result: null,
      check: null,
      error: null,
      exchanges: [],
      fromEarlierVisit: false,
    }
  }

  #fresh(): LessonRun {
    const steps = this.lesson.steps.map((s) => this.#blank(s.id))
    return {
      lessonId: this.lesson.id,
      steps,
      current: 0,
      finished: false,
      busy: false,
      activity: null,
    }
  }
}

function toRow(e: WorldExchange): { actor: string; exchange: Exchange } {
  return { actor: e.actor, exchange: e.event.redacted }
}
