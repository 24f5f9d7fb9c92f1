// A model built the first time its view needs it (src/state/deferred-model.svelte.ts,
// docs/decisions/0029): built once however often it is asked, a failed build is kept and tried
// again on the next load, and a holder made with `of` has its model from the start.
import { describe, expect, it, vi } from 'vitest'
import { DeferredModel } from '../../src/state/deferred-model.svelte'

describe('DeferredModel', () => {
  it('builds once, however often it is asked, and then holds the model', async () => {
    let builds = 0
    const holder = new DeferredModel(async () => ({ id: ++builds }))
    expect(holder.current).toBeUndefined()
    const [first, second] = await Promise.all([holder.load(), holder.load()])
    expect(first).toEqual({ id: 1 })
    expect(second).toBe(first)
    expect(holder.current).toBe(first)
    expect(await holder.load()).toBe(first)
    expect(builds).toBe(1)
  })

  it('keeps a failed build as `failed`, never rejects, and builds on the next load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      let builds = 0
      const holder = new DeferredModel(async () => {
        if (++builds === 1) throw new Error('offline')
        return 'built'
      })
      expect(await holder.load()).toBeUndefined()
      expect(holder.failed).toBe(true)
      expect(holder.current).toBeUndefined()
      expect(await holder.load()).toBe('built')
      expect(holder.failed).toBe(false)
      expect(holder.current).toBe('built')
      expect(builds).toBe(2)
    } finally {
      error.mockRestore()
    }
  })

  it('of: the model is there at once and nothing is built', async () => {
    const model = { name: 'fake' }
    const holder = DeferredModel.of(model)
    expect(holder.current).toBe(model)
    expect(await holder.load()).toBe(model)
    expect(holder.failed).toBe(false)
  })
})
