/**
 * The lessons as view state: the catalogue with each lesson's saved progress, the open
 * lesson's run (a snapshot the runner replaces on every change) and the transcript download.
 * Thin over src/lessons: the runner does the work, this class only makes it reactive.
 */
import type { TransportConfig } from '../bunq/context'
import { LESSONS, lessonById, LessonRunner, type Lesson, type LessonRun } from '../lessons'
import type { WorkshopBackend } from '../lessons/backend'
import type { ProgressStore } from '../lessons/progress'
import { LessonWorld } from '../lessons/world'
import type { Platform } from '../platform/platform'
import { transcriptFileName, transcriptMarkdown } from '../transcript'
import type { Diagnosis } from '../transport/diagnosis'
import { diagnosisError } from './diagnosis-words'

export interface LessonCard {
  id: string
  title: string
  summary: string
  minutes: number
  steps: number
  done: number
  finished: boolean
  /** Null when the lesson can run with the current transport; else why not. */
  unavailable: string | null
}

export interface LessonsDeps {
  platform: Platform
  progress: ProgressStore
  /** The transport lessons use now (a lesson link's, else the settings'). */
  transport: () => TransportConfig
  /** Makes a fresh backend for one run (lessons/backend.ts workshopBackend). */
  backend: (config: TransportConfig) => Promise<WorkshopBackend>
}

export class LessonsState {
  #cards = $state<LessonCard[]>([])
  #selected = $state<Lesson | null>(null)
  #run = $state<LessonRun | null>(null)
  #backendLabel = $state<string | null>(null)
  #runner: LessonRunner | null = null
  readonly #deps: LessonsDeps

  constructor(deps: LessonsDeps) {
    this.#deps = deps
    this.#cards = LESSONS.map((l) => this.#card(l, 0, false))
  }

  get cards(): readonly LessonCard[] {
    return this.#cards
  }
  get selected(): Lesson | null {
    return this.#selected
  }
  get run(): LessonRun | null {
    return this.#run
  }
  /** Where the open lesson's calls go, once its first step ran. */
  get backendLabel(): string | null {
    return this.#backendLabel
  }

  /** Why the open lesson cannot run here, or null. */
  get unavailable(): string | null {
    return this.#selected ? this.#why(this.#selected) : null
  }

  /** Reads every lesson's saved progress for the catalogue. */
  async refresh(): Promise<void> {
    const saved = await this.#deps.progress.list().catch(() => [])
    this.#cards = LESSONS.map((lesson) => {
      const p = saved.find((s) => s.lessonId === lesson.id)
      const done = p ? Math.min(p.current, lesson.steps.length) : 0
      return this.#card(lesson, done, done >= lesson.steps.length)
    })
  }

  /** Opens a lesson (null: back to the catalogue), restoring its saved progress. */
  async open(id: string | null): Promise<void> {
    const lesson = lessonById(id)
    if (lesson && lesson.id === this.#selected?.id) return
    this.#selected = lesson
    this.#run = null
    this.#backendLabel = null
    this.#runner = null
    if (!lesson) return this.refresh()
    const runner = new LessonRunner({
      lesson,
      store: this.#deps.progress,
      now: this.#deps.platform.now,
      makeWorld: async (listener) => {
        const backend = await this.#deps.backend(this.#deps.transport())
        this.#backendLabel = backend.label
        return new LessonWorld(backend, this.#deps.platform, listener)
      },
      onChange: (run) => {
        if (this.#runner === runner) this.#run = run
      },
      explain: (error) => {
        const diagnosis = (error as { diagnosis?: Diagnosis }).diagnosis
        return diagnosis ? diagnosisError(diagnosis) : null
      },
    })
    this.#runner = runner
    await runner.load()
  }

  async runNext(): Promise<void> {
    await this.#runner?.runNext()
  }
  async runAll(): Promise<void> {
    await this.#runner?.runAll()
  }
  async restart(): Promise<void> {
    this.#backendLabel = null
    await this.#runner?.restart()
  }

  /** Every secret the open lesson's users hold: masked on screen in presenter mode. */
  secrets(): string[] {
    return this.#runner?.world?.secrets() ?? []
  }

  /** The open lesson's transcript as Markdown, secrets redacted; null before anything ran. */
  transcript(): { fileName: string; text: string } | null {
    const runner = this.#runner
    const lesson = this.#selected
    if (!runner || !lesson || !this.#run) return null
    const run = this.#run
    const at = this.#deps.platform.now()
    const text = transcriptMarkdown({
      title: lesson.title,
      backend: this.#backendLabel ?? 'no bank yet',
      generatedAt: at,
      secrets: this.secrets(),
      steps: lesson.steps.map((step, i) => ({
        ...run.steps[i],
        title: step.title,
        explain: step.explain,
      })),
    })
    return { fileName: transcriptFileName(lesson.id, at), text }
  }

  #why(lesson: Lesson): string | null {
    if (lesson.needs?.includes('fault-switches') && this.#deps.transport().kind !== 'practice')
      return 'This lesson flips the practice bank’s fault switches, which only the bank inside this page has. Switch the transport to “practice” to run it.'
    return null
  }

  #card(lesson: Lesson, done: number, finished: boolean): LessonCard {
    const { id, title, summary, minutes } = lesson
    return {
      id,
      title,
      summary,
      minutes,
      steps: lesson.steps.length,
      done,
      finished,
      unavailable: this.#why(lesson),
    }
  }
}
