// The workshop chunk loads only when the Lessons or Cast route opens, once, and again after a
// failed load (src/boot/lazy-workshop.svelte.ts).
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import { appPropsWithLazyWorkshop } from '../../../src/boot/lazy-workshop.svelte'
import type { Workshop } from '../../../src/state/lessons-workshop.svelte'
import type { AppModels } from '../../../src/state/models'
import { memoryLocation, Router } from '../../../src/state/router.svelte'

const models = {} as AppModels
const fakeWorkshop = { lessons: {}, cast: {}, linkProblems: [] } as unknown as Workshop
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function setup(hash: string, load: () => Promise<Workshop>) {
  const location = memoryLocation(hash)
  const router = new Router(location)
  const shown: string[] = []
  const props = appPropsWithLazyWorkshop(models, router, load, {
    onShown: () => shown.push(router.route),
  })
  flushSync()
  return { location, router, props, shown }
}

describe('appPropsWithLazyWorkshop', () => {
  it('loads nothing until a workshop route opens, then once', async () => {
    let calls = 0
    const { location, props, shown } = setup('#/start', async () => (calls++, fakeWorkshop))
    location.set('#/accounts')
    flushSync()
    await settle()
    expect(calls).toBe(0)
    expect(props.workshop).toBeUndefined()

    location.set('#/lessons')
    flushSync()
    await settle()
    expect(calls).toBe(1)
    expect(props.workshop).toBe(fakeWorkshop)
    expect(shown).toEqual(['lessons'])

    location.set('#/cast')
    flushSync()
    await settle()
    expect(calls).toBe(1)
    expect(props.models).toBe(models)
  })

  it('loads at once for a page opened on a lesson link, without moving focus', async () => {
    let calls = 0
    const { props, shown } = setup('#/lessons/first-payment', async () => (calls++, fakeWorkshop))
    await settle()
    expect(calls).toBe(1)
    expect(props.workshop).toBe(fakeWorkshop)
    expect(shown).toEqual([])
  })

  it('tries again on the next visit after a failed load', async () => {
    let calls = 0
    const original = console.error
    const logged: unknown[] = []
    console.error = (...args: unknown[]) => void logged.push(args[0])
    try {
      const { location, props } = setup('#/cast', async () => {
        calls++
        if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module')
        return fakeWorkshop
      })
      await settle()
      expect(props.workshop).toBeUndefined()
      expect(logged).toEqual(['The workshop could not be loaded:'])
      location.set('#/start')
      flushSync()
      location.set('#/cast')
      flushSync()
      await settle()
      expect(calls).toBe(2)
      expect(props.workshop).toBe(fakeWorkshop)
    } finally {
      console.error = original
    }
  })
})
