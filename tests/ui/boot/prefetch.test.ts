// The idle warm-up after the first screen (src/boot/prefetch.ts): nothing before the
// idle callback, then every listed view and module once; a failed load is only a missed warm-up.
import { describe, expect, it } from 'vitest'
import { PREFETCH_ROUTES, prefetchAfterFirstScreen } from '../../../src/boot/prefetch'
import type { Route } from '../../../src/state/router.svelte'

describe('prefetchAfterFirstScreen', () => {
  it('waits for the idle callback, then loads the views and modules', async () => {
    const loaded: Route[] = []
    const modules: string[] = []
    let idleWork: (() => void) | null = null
    const done = prefetchAfterFirstScreen({
      views: { load: async (route) => void loaded.push(route) },
      modules: [
        async () => modules.push('core'),
        async () => {
          throw new Error('offline')
        },
      ],
      idle: (work) => (idleWork = work),
      skip: () => false,
    })
    expect(loaded).toEqual([])
    expect(modules).toEqual([])
    idleWork!()
    await done
    expect(loaded).toEqual([...PREFETCH_ROUTES])
    expect(modules).toEqual(['core'])
  })

  it('skips the warm-up when a service worker serves the page (its precache has every chunk)', async () => {
    const loaded: Route[] = []
    let skipped = 0
    await prefetchAfterFirstScreen({
      views: { load: async (route) => void loaded.push(route) },
      modules: [],
      idle: (work) => work(),
      skip: () => (skipped++, true),
    })
    expect(skipped).toBe(1)
    expect(loaded).toEqual([])
  })

  it('leaves the workshop routes to their own loader', () => {
    expect(PREFETCH_ROUTES).not.toContain('lessons')
    expect(PREFETCH_ROUTES).not.toContain('cast')
  })
})
