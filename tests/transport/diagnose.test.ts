import { describe, expect, it, vi } from 'vitest'
import { bunqHeadersReadable, diagnose } from '../../src/transport/diagnose'
import { diagnosisSummary } from '../../src/state/diagnosis-words'
import { fakeNetwork, fakePlatform, PAGE_ORIGIN } from './fake-network'
import type { Behaviour } from './fake-network'

const SANDBOX = 'https://public-api.sandbox.bunq.com/v1'

function depsFor(script: Parameters<typeof fakeNetwork>[0], online = true) {
  const network = fakeNetwork(script)
  const platform = fakePlatform(network.fetch)
  return {
    network,
    platform,
    deps: { ...platform, pageOrigin: PAGE_ORIGIN, isOnline: () => online },
  }
}

describe('diagnose before the first call', () => {
  it('reports ok when the real request is answered with readable X-Bunq headers', async () => {
    const { deps, network } = depsFor({ cors: 'answer' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    expect(result.code).toBe('ok')
    expect(network.seen).toHaveLength(1)
    const probe = network.seen[0]
    expect(probe.url).toBe(`${SANDBOX}/user`)
    expect(probe.headers.get('X-Bunq-Client-Request-Id')).toMatch(/^00000000-/)
    expect(probe.headers.get('X-Bunq-Client-Authentication')).toBeNull()
  })

  it('reports offline from navigator.onLine without touching the network', async () => {
    const { deps, network } = depsFor({ cors: 'answer' }, false)
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    expect(result.code).toBe('network-offline')
    expect(result.nextSteps.map((step) => step.kind)).toContain('use-practice-bank')
    expect(network.seen).toHaveLength(0)
  })

  it('reports offline when even the page origin does not answer', async () => {
    const { deps } = depsFor({ cors: 'fail', noCors: 'fail', own: 'fail' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    expect(result.code).toBe('network-offline')
    expect(result.steps.map((step) => `${step.check}:${step.outcome}`)).toEqual([
      'cors-request:failed',
      'no-cors-request:failed',
      'own-origin:failed',
    ])
  })

  it('reports host unreachable when the page origin answers but nothing at the target', async () => {
    const { deps } = depsFor({ cors: 'fail', noCors: 'fail', own: 'answer' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    expect(result.code).toBe('host-unreachable')
    expect(result.nextSteps[0].kind).toBe('check-url')
  })

  it('reports a CORS block when the opaque request gets through and the real one does not', async () => {
    const { deps, network } = depsFor({ cors: 'fail', noCors: 'answer' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    expect(result.code).toBe('cors-blocked')
    expect(network.seen[1].mode).toBe('no-cors')
    expect(diagnosisSummary(result)).toContain('not an error from bunq')
    expect(result.nextSteps[0]).toEqual({
      kind: 'run-relay',
      command: `npm run relay -- --target https://public-api.sandbox.bunq.com --allow-origin ${PAGE_ORIGIN}`,
    })
  })

  it('reports hidden signature headers when an answer arrives without readable X-Bunq headers', async () => {
    const { deps } = depsFor({ cors: 'hidden' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    expect(result.code).toBe('signature-header-unreadable')
    expect(result.steps.at(-1)).toMatchObject({ check: 'exposed-headers', outcome: 'failed' })
  })

  it('reports a timeout when the real request hangs', async () => {
    const { deps, platform } = depsFor({ cors: 'hang' })
    const pending = diagnose({ kind: 'direct', baseUrl: SANDBOX }, deps)
    await vi.waitUntil(() => platform.pending() > 0)
    platform.elapse()
    expect((await pending).code).toBe('timeout')
  })

  it('reports host unreachable without a page origin to compare against', async () => {
    const { deps } = depsFor({ cors: 'fail', noCors: 'fail' })
    const result = await diagnose(
      { kind: 'direct', baseUrl: SANDBOX },
      { ...deps, pageOrigin: undefined },
    )
    expect(result.code).toBe('host-unreachable')
  })
})

describe('diagnose after the real call failed', () => {
  it('skips the real probe and goes straight to the opaque one', async () => {
    const { deps, network } = depsFor({ cors: 'answer', noCors: 'answer' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX, observed: 'failed' }, deps)
    expect(result.code).toBe('cors-blocked')
    expect(network.seen.map((request) => request.mode)).toEqual(['no-cors'])
  })

  it.each([
    ['timed-out', 'timeout'],
    ['headers-hidden', 'signature-header-unreadable'],
  ] as const)('turns an observed %s into %s without probing', async (observed, code) => {
    const { deps, network } = depsFor({ cors: 'answer' })
    const result = await diagnose({ kind: 'direct', baseUrl: SANDBOX, observed }, deps)
    expect(result.code).toBe(code)
    expect(network.seen).toHaveLength(0)
  })
})

describe('relay diagnoses', () => {
  const RELAY = 'http://127.0.0.1:8787/v1'
  it.each([
    ['fail', 'fail', 'host-unreachable', 'run-relay'],
    ['fail', 'answer', 'cors-blocked', 'allow-origin'],
    ['hidden', 'fail', 'signature-header-unreadable', 'allow-origin'],
  ] as Array<[Behaviour, Behaviour, string, string]>)(
    'cors %s / no-cors %s -> %s, first advice %s',
    async (cors, noCors, code, advice) => {
      const { deps } = depsFor({ cors, noCors, own: 'answer' })
      const result = await diagnose({ kind: 'relay', baseUrl: RELAY }, deps)
      expect(result.code).toBe(code)
      expect(result.nextSteps[0].kind).toBe(advice)
      expect(result.nextSteps[0]).toMatchObject({
        command: `npm run relay -- --target https://public-api.sandbox.bunq.com --allow-origin ${PAGE_ORIGIN}`,
      })
    },
  )
})

describe('advice for a loopback target', () => {
  it('proposes starting the practice bank server on its port, and a relay to it', async () => {
    const { deps } = depsFor({ cors: 'fail', noCors: 'fail', own: 'answer' })
    const down = await diagnose({ kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' }, deps)
    expect(down.nextSteps[0]).toEqual({
      kind: 'start-practice-bank-server',
      command: 'npm run practice-bank -- --port 5055',
    })
    const { deps: blockedDeps } = depsFor({ cors: 'fail', noCors: 'answer' })
    const blocked = await diagnose(
      { kind: 'direct', baseUrl: 'http://127.0.0.1:5055/v1' },
      blockedDeps,
    )
    expect(blocked.nextSteps[0]).toEqual({
      kind: 'run-relay',
      command: `npm run relay -- --target http://127.0.0.1:5055 --allow-origin ${PAGE_ORIGIN}`,
    })
  })

  it('names a relay port other than 8787', async () => {
    const { deps } = depsFor({ cors: 'fail', noCors: 'fail', own: 'answer' })
    const result = await diagnose({ kind: 'relay', baseUrl: 'http://127.0.0.1:5260/v1' }, deps)
    expect(result.nextSteps[0]).toMatchObject({ command: expect.stringContaining('--port 5260 ') })
  })
})

describe('bunqHeadersReadable', () => {
  const hidden = new Response('{}')
  const shown = new Response('{}', { headers: { 'X-Bunq-Client-Response-Id': 'x' } })
  it('treats same-origin answers as readable and cross-origin ones by their headers', () => {
    expect(bunqHeadersReadable(hidden, `${PAGE_ORIGIN}/v1/user`, PAGE_ORIGIN)).toBe(true)
    expect(bunqHeadersReadable(hidden, `${SANDBOX}/user`, PAGE_ORIGIN)).toBe(false)
    expect(bunqHeadersReadable(shown, `${SANDBOX}/user`, PAGE_ORIGIN)).toBe(true)
    expect(bunqHeadersReadable(hidden, `${SANDBOX}/user`)).toBe(true) // Node: no page, no CORS
  })
})
