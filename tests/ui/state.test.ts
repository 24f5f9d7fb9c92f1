import { describe, expect, test } from 'vitest'
import { Router, isAnchorHash, memoryLocation, parseHash } from '../../src/state/router.svelte'
import { Settings, memorySettingsStore, webSettingsStore } from '../../src/state/settings.svelte'

describe('hash router', () => {
  test('parses routes and falls back to start', () => {
    expect(parseHash('#/accounts')).toBe('accounts')
    expect(parseHash('#history')).toBe('history')
    expect(parseHash('#/nope')).toBe('start')
    expect(parseHash('')).toBe('start')
  })

  test('follows outside hash changes and writes its own', () => {
    const location = memoryLocation('#/console')
    const router = new Router(location)
    expect(router.route).toBe('console')
    location.set('#/settings')
    expect(router.route).toBe('settings')
    router.navigate('history')
    expect(location.read()).toBe('#/history')
  })

  test("an in-page anchor (the skip link's #main) keeps the current view", () => {
    const location = memoryLocation('#/history')
    const router = new Router(location)
    location.set('#main')
    expect(router.route).toBe('history')
    expect(isAnchorHash('#main')).toBe(true)
    expect(isAnchorHash('#/main')).toBe(false)
    expect(isAnchorHash('#accounts')).toBe(false)
    expect(isAnchorHash('')).toBe(false)
    location.set('#/accounts')
    expect(router.route).toBe('accounts')
  })
})

describe('settings', () => {
  test('persists theme, transport and auto-lock, but never the production unlock', () => {
    const store = memorySettingsStore()
    const probe = async () => null
    const first = new Settings(store, probe)
    first.setTheme('dark')
    first.setTransport({ kind: 'relay', relayUrl: 'http://127.0.0.1:8787/v1' })
    first.setAutoLockMinutes(9999)
    first.unlockProduction()
    const second = new Settings(store, probe)
    expect(second.theme).toBe('dark')
    expect(second.transport).toEqual({ kind: 'relay', relayUrl: 'http://127.0.0.1:8787/v1' })
    expect(second.autoLockMinutes).toBe(480)
    expect(second.productionUnlocked).toBe(false)
  })

  test('ignores damaged stored settings', () => {
    const storage = window.localStorage
    storage.setItem('bunq-workbench.settings', '{not json')
    const settings = new Settings(webSettingsStore(storage), async () => null)
    expect(settings.theme).toBe('system')
    expect(settings.transport).toEqual({ kind: 'practice' })
  })

  test('the transport check turns a probe diagnosis into state', async () => {
    const settings = new Settings(memorySettingsStore(), async () => ({
      code: 'cors-blocked',
      message: 'blocked',
    }))
    await settings.checkTransport()
    expect(settings.transportCheck.status).toBe('failed')
    expect(settings.transportCheck.error?.code).toBe('cors-blocked')
  })
})
