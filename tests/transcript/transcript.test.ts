// A transcript of a real lesson run (practice bank, in process) holds every exchange and no secret.
import { describe, expect, it } from 'vitest'
import { firstPayment } from '../../src/lessons/first-payment'
import { transcriptFileName, transcriptMarkdown } from '../../src/transcript'
import { lessonRunner } from '../lessons/helpers'

async function finishedRun() {
  const { runner, worlds, platform } = lessonRunner(firstPayment)
  await runner.runAll()
  const world = worlds[0]
  const steps = firstPayment.steps.map((step, i) => ({
    ...runner.run.steps[i],
    title: step.title,
    explain: step.explain,
  }))
  const markdown = transcriptMarkdown({
    title: firstPayment.title,
    backend: world.backend.label,
    generatedAt: platform.now(),
    steps,
    secrets: world.secrets(),
  })
  return { markdown, world, runner }
}

describe('transcript', () => {
  it('contains no secret the session held, in any form', async () => {
    const { markdown, world } = await finishedRun()
    const secrets = world.secrets()
    expect(secrets.length).toBeGreaterThanOrEqual(4) // API key, private key, two tokens
    for (const secret of secrets) {
      expect(markdown).not.toContain(secret)
      expect(markdown).not.toContain(JSON.stringify(secret).slice(1, -1))
    }
    expect(markdown).not.toMatch(/sandbox_[0-9a-f]{16,}/)
    expect(markdown).not.toContain('PRIVATE KEY-----\n')
    expect(markdown).not.toMatch(/X-Bunq-Client-Signature: [A-Za-z0-9+/]{40,}/i)
  })

  it('holds each step, its check and every request and response', async () => {
    const { markdown, runner } = await finishedRun()
    for (const step of firstPayment.steps) expect(markdown).toContain(step.title)
    const exchanges = runner.run.steps.flatMap((s) => s.exchanges).length
    expect(markdown.match(/^#### /gm)?.length).toBe(exchanges)
    expect(markdown).toContain('#### POST /v1/sandbox-user-person → 200 (you)')
    expect(markdown).toContain('**Check:** ✔ Your balance is 100.00 EUR.')
    expect(markdown).toContain('"value": "-12.50"')
    expect(markdown).toContain('X-Bunq-Client-Authentication: ')
    expect(markdown).toMatch(/Signed \d+ bytes, SHA-256 `[0-9a-f]{64}`/)
  })

  it('names the download by lesson and date', () => {
    expect(transcriptFileName('paging', Date.UTC(2025, 5, 7))).toBe('bunq-paging-2025-06-07.md')
  })
})
