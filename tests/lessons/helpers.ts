import { practiceBackend } from '../../src/lessons/backend'
import { memoryProgress, type ProgressStore } from '../../src/lessons/progress'
import { LessonRunner } from '../../src/lessons/runner'
import type { Lesson } from '../../src/lessons/types'
import { LessonWorld, type WorldExchange } from '../../src/lessons/world'
import type { BankOptions } from '../../src/practice-bank'
import { fakePlatform, type FakePlatform } from '../bunq/helpers/fake-platform'

/** A runner on a fresh in-process practice bank with a fake clock (no test waits in real time). */
export function lessonRunner(
  lesson: Lesson,
  options: { platform?: FakePlatform; store?: ProgressStore; bank?: Partial<BankOptions> } = {},
) {
  const platform = options.platform ?? fakePlatform()
  const store = options.store ?? memoryProgress()
  const worlds: LessonWorld[] = []
  const runner = new LessonRunner({
    lesson,
    store,
    now: platform.now,
    makeWorld: async (listener: (e: WorldExchange) => void) => {
      const backend = await practiceBackend(platform, { sugarDaddyDelayMs: 0, ...options.bank })
      const world = new LessonWorld(backend, platform, listener)
      worlds.push(world)
      return world
    },
  })
  return { runner, platform, store, worlds }
}

/** Every redacted exchange of a run, as one JSON text (to search for secrets). */
export function allExchangeText(runner: LessonRunner): string {
  return JSON.stringify(runner.run.steps.flatMap((s) => s.exchanges))
}
