// Every built-in lesson run to its end on the in-process practice bank ("done when").
import { describe, expect, it } from 'vitest'
import { LESSONS } from '../../src/lessons'
import { allExchangeText, lessonRunner } from './helpers'

describe('every lesson runs to its end on the practice bank', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: every step done and checked`, async () => {
      const { runner, worlds } = lessonRunner(lesson)
      await runner.load()
      const ok = await runner.runAll()
      const failed = runner.run.steps.find((s) => s.status !== 'done')
      expect(failed ?? null, JSON.stringify(failed)).toBeNull()
      expect(ok).toBe(true)
      expect(runner.run.finished).toBe(true)
      for (const step of runner.run.steps) expect(step.check?.ok, step.id).toBe(true)
      const text = allExchangeText(runner)
      for (const secret of worlds[0].secrets()) expect(text).not.toContain(secret)
    })
  }

  it('has unique ids that work in a link, and steps with teaching text', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length)
    for (const lesson of LESSONS) {
      expect(lesson.id).toMatch(/^[a-z0-9-]+$/)
      expect(new Set(lesson.steps.map((s) => s.id)).size).toBe(lesson.steps.length)
      for (const step of lesson.steps) expect(step.explain.join(' ').length).toBeGreaterThan(40)
    }
  })
})
