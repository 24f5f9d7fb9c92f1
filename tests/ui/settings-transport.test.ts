// The settings model's transport part: start-up links (production waits for the unlock,
// secrets and transport parameters leave the address bar) and the structured diagnosis, from a
// check and from calls failing at network level, over the real transport layer and a scripted
// browser network (tests/transport/fake-network.ts).
import { diagnosisSummary } from '../../src/state/diagnosis-words'
import { describe, expect, test, vi } from 'vitest'
import { PRODUCTION_BASE_URL, type TransportConfig } from '../../src/bunq/context'
import {
  applyStartLink,
  diagnosisProbe,
  reportingTransport,
} from '../../src/state/live/live-settings'
import { Settings, memorySettingsStore } from '../../src/state/settings.svelte'
import { createTransport, parseTransportLink } from '../../src/transport'
import { fakeNetwork, fakePlatform, PAGE_ORIGIN } from '../transport/fake-network'

const RELAY: TransportConfig = { kind: 'relay', relayUrl: 'http://127.0.0.1:8787' }
const LOOPBACK: TransportConfig = { kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' }

describe('a start-up link', () => {
  test('chooses the relay, is stored, and leaves the address bar with only foreign parameters', () => {
    const store = memorySettingsStore()
    const settings = new Settings(store, async () => null)
    const replaceSearch = vi.fn()
    const check = vi.spyOn(settings, 'checkTransport')
    applyStartLink(settings, {
      search: '?lang=nl&transport=relay&relay=http%3A%2F%2F127.0.0.1%3A8787&api_key=sandbox_fake',
      replaceSearch,
    })
    expect(settings.transport).toEqual(RELAY)
    expect(store.load()?.transport).toEqual(RELAY)
    expect(replaceSearch).toHaveBeenCalledWith('?lang=nl')
    expect(settings.linkNotes.join(' ')).toContain('api_key')
    expect(check).toHaveBeenCalledOnce() // a live transport is checked before its first call
  })

  test('a page without transport parameters is left alone', () => {
    const settings = new Settings(memorySettingsStore(), async () => null)
    const replaceSearch = vi.fn()
    applyStartLink(settings, { search: '?lesson=1', replaceSearch })
    expect(replaceSearch).not.toHaveBeenCalled()
    expect(settings.transport).toEqual({ kind: 'practice' })
  })

  test('production waits for the typed unlock, then applies', () => {
    const settings = new Settings(memorySettingsStore(), async () => null)
    settings.applyLink(parseTransportLink('?transport=direct&base=https://api.bunq.com/v1'))
    expect(settings.transport).toEqual({ kind: 'practice' })
    expect(settings.linkNotes.join(' ')).toMatch(/production/i)
    settings.unlockProduction()
    expect(settings.transport).toEqual({ kind: 'direct', baseUrl: PRODUCTION_BASE_URL })
    expect(settings.linkNotes).toEqual([])
  })

  test('an unusable base URL changes nothing and says why', () => {
    const settings = new Settings(memorySettingsStore(), async () => null)
    settings.applyLink(parseTransportLink('?transport=direct&base=ftp://127.0.0.1'))
    expect(settings.transport).toEqual({ kind: 'practice' })
    expect(settings.linkNotes.join(' ')).toContain('base parameter')
  })
})

/** The app's wiring (create-app-models.ts) over a scripted network. */
function wire(network: ReturnType<typeof fakeNetwork>) {
  const platform = fakePlatform(network.fetch)
  let settings: Settings | null = null
  const report = (config: TransportConfig, diagnosis: Parameters<Settings['showDiagnosis']>[1]) =>
    settings?.showDiagnosis(config, diagnosis)
  const make = (config: TransportConfig) =>
    reportingTransport(
      config,
      createTransport(config, platform, { pageOrigin: PAGE_ORIGIN, timeoutMs: 1000 }),
      report,
    )
  settings = new Settings(memorySettingsStore(), diagnosisProbe(make, report))
  return { settings, make }
}

describe('the diagnosis', () => {
  test('a check against a server that refuses browsers: cors-blocked, with the relay command', async () => {
    const { settings } = wire(fakeNetwork({ cors: 'fail', noCors: 'answer' }))
    settings.setTransport(LOOPBACK)
    await settings.checkTransport()
    expect(settings.transportCheck.error?.code).toBe('cors-blocked')
    const diagnosis = settings.diagnosis
    expect(diagnosis?.code).toBe('cors-blocked')
    expect(diagnosis?.steps.map((s) => [s.check, s.outcome])).toEqual([
      ['cors-request', 'failed'],
      ['no-cors-request', 'passed'],
    ])
    expect(diagnosisSummary(diagnosis!)).toContain('not an error from bunq')
    expect(diagnosis?.nextSteps).toContainEqual({
      kind: 'run-relay',
      command: `npm run relay -- --target http://127.0.0.1:5055 --allow-origin ${PAGE_ORIGIN}`,
    })
    expect(diagnosis?.nextSteps).toContainEqual({ kind: 'use-practice-bank' })
  })

  test('a real call failing at network level reports its diagnosis; a call that goes through clears it', async () => {
    let behaviour: 'fail' | 'answer' = 'fail'
    const { settings, make } = wire(fakeNetwork({ cors: () => behaviour, noCors: 'fail' }))
    settings.setTransport(RELAY)
    const handle = make(RELAY)
    await expect(handle.transport(new Request(`${handle.baseUrl}/user`))).rejects.toMatchObject({
      code: 'host-unreachable',
    })
    expect(settings.diagnosis?.code).toBe('host-unreachable')
    expect(diagnosisSummary(settings.diagnosis!)).toContain('relay address')
    behaviour = 'answer'
    const response = await handle.transport(new Request(`${handle.baseUrl}/user`))
    expect(response.status).toBe(200)
    expect(settings.diagnosis).toBeNull()
  })

  test('an answer whose X-Bunq headers are hidden is reported as such, not as a bad signature', async () => {
    const { settings } = wire(fakeNetwork({ cors: 'hidden' }))
    settings.setTransport(LOOPBACK)
    await settings.checkTransport()
    expect(settings.diagnosis?.code).toBe('signature-header-unreadable')
  })

  test('a report about a transport no longer chosen is ignored; a new choice clears the old one', async () => {
    const { settings, make } = wire(fakeNetwork({ cors: 'fail', noCors: 'answer' }))
    settings.setTransport(LOOPBACK)
    await settings.checkTransport()
    expect(settings.diagnosis).not.toBeNull()
    settings.setTransport(RELAY)
    expect(settings.diagnosis).toBeNull()
    const old = make(LOOPBACK)
    await expect(old.transport(new Request(`${old.baseUrl}/user`))).rejects.toThrow()
    expect(settings.diagnosis).toBeNull()
  })

  test('the practice bank needs no diagnosis and is never probed', async () => {
    const network = fakeNetwork({ cors: 'fail' })
    const { settings } = wire(network)
    await settings.checkTransport()
    expect(settings.transportCheck.status).toBe('done')
    expect(settings.diagnosis).toBeNull()
    expect(network.seen).toEqual([])
  })
})
