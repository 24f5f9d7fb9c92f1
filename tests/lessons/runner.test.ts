// The runner saves progress after each step, resumes after a "reload" by replaying done steps on
// a fresh bank, restarts from scratch, and turns failures into state.
import { describe, expect, it } from 'vitest'
import { firstPayment } from '../../src/lessons/first-payment'
import { memoryProgress, storeProgress } from '../../src/lessons/progress'
import { whenThingsGoWrong } from '../../src/lessons/when-things-go-wrong'
import { LessonRunner } from '../../src/lessons/runner'
import { LessonWorld } from '../../src/lessons/world'
import { MemoryVaultStore } from '../../src/storage/memory-store'
import { openVaultStore } from '../../src/storage/open-store'
import { fakePlatform } from '../bunq/helpers/fake-platform'
import { lessonRunner } from './helpers'

describe('lesson runner', () => {
  it('saves progress per step and resumes after a reload by replaying on a fresh bank', async () => {
    const store = memoryProgress()
    const first = lessonRunner(firstPayment, { store })
    for (let i = 0; i < 3; i++) expect(await first.runner.runNext()).toBe(true)
    const saved = await store.load('first-payment')
    expect(saved?.current).toBe(3)
    expect(Object.keys(saved!.steps)).toEqual(['create-user', 'key-pair', 'installation'])
    for (const secret of first.worlds[0].secrets())
      expect(JSON.stringify(saved)).not.toContain(secret)

    const second = lessonRunner(firstPayment, { store })
    await second.runner.load()
    expect(second.runner.run.current).toBe(3)
    expect(second.runner.run.steps.slice(0, 3).map((s) => [s.status, s.fromEarlierVisit])).toEqual([
      ['done', true],
      ['done', true],
      ['done', true],
    ])
    expect(await second.runner.runAll()).toBe(true)
    expect(second.worlds).toHaveLength(1)
    expect(await second.worlds[0].balance('you')).toBe('87.50')
  })

  it('restarts: progress cleared, next run on a new world', async () => {
    const { runner, store, worlds } = lessonRunner(firstPayment)
    await runner.runNext()
    await runner.restart()
    expect(runner.run.current).toBe(0)
    expect((await store.load('first-payment'))?.current).toBe(0)
    await runner.runNext()
    expect(worlds).toHaveLength(2)
  })

  it('keeps progress in the app store (the lessons object store in IndexedDB)', async () => {
    const vault = await openVaultStore('lessons-progress-test')
    expect(vault).not.toBeInstanceOf(MemoryVaultStore)
    const store = storeProgress(async () => vault)
    const { runner } = lessonRunner(firstPayment, { store })
    await runner.runNext()
    expect((await vault.getLesson('first-payment'))?.progress).toMatchObject({ current: 1 })
    expect((await store.list()).map((p) => p.lessonId)).toEqual(['first-payment'])
    vault.close()
  })

  it('explains, as state, that the failures lesson needs the in-page bank', async () => {
    const platform = fakePlatform()
    const runner = new LessonRunner({
      lesson: whenThingsGoWrong,
      store: memoryProgress(),
      now: platform.now,
      makeWorld: async (listener) =>
        new LessonWorld(
          {
            kind: 'direct',
            baseUrl: 'http://127.0.0.1:9/v1',
            transport: async () => new Response('', { status: 500 }),
            bank: null,
            label: 'a room server',
            home: { kind: 'practice-server', baseUrl: 'http://127.0.0.1:9/v1' },
          },
          platform,
          listener,
        ),
    })
    expect(await runner.runNext()).toBe(false)
    const step = runner.run.steps[0]
    expect(step.status).toBe('failed')
    expect(step.error?.message).toMatch(/practice bank inside the page/)
    expect(runner.run.busy).toBe(false)
  })
})
