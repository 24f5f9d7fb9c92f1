// A model's runes class observed the way a view observes it, in Node: an effect that reads a
// getter re-runs when a method changes the class's private $state. The Svelte plugin compiles
// this file and src/state/settings.svelte.ts (docs/decisions/0009-one-state-class-per-model.md).
import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import { memorySettingsStore, Settings } from '../../src/state/settings.svelte'

describe('Settings (runes class in Node)', () => {
  it('re-runs an effect that reads theme and transport when a method changes them', () => {
    const store = memorySettingsStore()
    const settings = new Settings(store, async () => null)
    const seen: string[] = []
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(`${settings.theme}/${settings.transport.kind}`)
      })
    })
    flushSync()
    settings.setTheme('dark')
    flushSync()
    settings.setTransport({ kind: 'relay', relayUrl: 'http://127.0.0.1:8787' })
    flushSync()
    stop()
    settings.setTheme('light')
    flushSync()
    expect(seen).toEqual(['system/practice', 'dark/practice', 'dark/relay'])
    // What a reload would read back: the store got every change, the last one included.
    expect(store.load()).toMatchObject({ theme: 'light', transport: { kind: 'relay' } })
  })

  it('keeps a production link waiting until the typed unlock', () => {
    const settings = new Settings(memorySettingsStore(), async () => null)
    const production = { kind: 'direct', baseUrl: 'https://api.bunq.com/v1' } as const
    settings.applyLink({
      config: production,
      production: true,
      removed: [],
      problems: [],
      cleanSearch: '',
    })
    expect(settings.transport).toEqual({ kind: 'practice' })
    expect(settings.linkNotes.join(' ')).toContain('Unlock production')
    settings.unlockProduction()
    expect(settings.transport).toEqual(production)
    expect(settings.linkNotes).toEqual([])
  })
})
