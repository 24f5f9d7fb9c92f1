// Lesson 1 run to its end on the practice bank, in process.
import { describe, expect, it } from 'vitest'
import { firstPayment } from '../../src/lessons/first-payment'
import { allExchangeText, lessonRunner } from './helpers'

describe('lesson: your first payment', () => {
  it('runs every step to its end, each check passing', async () => {
    const { runner, worlds } = lessonRunner(firstPayment)
    await runner.load()
    expect(await runner.runAll()).toBe(true)
    expect(runner.run.finished).toBe(true)
    expect(runner.run.steps.map((s) => s.status)).toEqual(firstPayment.steps.map(() => 'done'))
    expect(runner.run.steps.every((s) => s.check?.ok)).toBe(true)
    expect(await worlds[0].balance('you')).toBe('87.50')
    const paths = runner.run.steps
      .flatMap((s) => s.exchanges)
      .map((e) => `${e.exchange.request.method} ${new URL(e.exchange.request.url).pathname}`)
    expect(paths).toContain('POST /v1/sandbox-user-person')
    expect(paths).toContain('POST /v1/session-server')
    expect(
      paths.some((p) => /^POST \/v1\/user\/\d+\/monetary-account\/\d+\/payment$/.test(p)),
    ).toBe(true)
  })

  it('keeps only redacted exchanges: no secret of the cast appears in them', async () => {
    const { runner, worlds } = lessonRunner(firstPayment)
    await runner.runAll()
    const text = allExchangeText(runner)
    const secrets = worlds[0].secrets()
    expect(secrets.length).toBeGreaterThanOrEqual(3)
    for (const secret of secrets) expect(text).not.toContain(secret)
  })
})
