import { loadDiagnosisWords, toUiError } from '../../src/state/ui-error'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { BunqError } from '../../src/errors'
import { NetworkError } from '../../src/bunq/errors'
import { createTransport } from '../../src/transport/create-transport'
import { TransportError } from '../../src/transport/errors'
import { fakeNetwork, fakePlatform, PAGE_ORIGIN } from './fake-network'
import type { Behaviour } from './fake-network'

// The app loads the words for a diagnosis with its transports (docs/decisions/0029); so does this
// test, which makes its transports itself.
beforeAll(() => loadDiagnosisWords())

const SANDBOX = 'https://public-api.sandbox.bunq.com/v1'

function direct(script: Parameters<typeof fakeNetwork>[0], checkFirst = true) {
  const network = fakeNetwork(script)
  const platform = fakePlatform(network.fetch)
  const handle = createTransport({ kind: 'direct', baseUrl: SANDBOX }, platform, {
    pageOrigin: PAGE_ORIGIN,
    isOnline: () => true,
    checkFirst,
  })
  return { network, platform, handle }
}

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(TransportError)
  return error as TransportError
}

describe('direct transport', () => {
  it('checks the server once before the first call, then sends calls as they are', async () => {
    const { handle, network } = direct({ cors: 'answer' })
    const first = await handle.transport(new Request(`${SANDBOX}/user/1`))
    const second = await handle.transport(new Request(`${SANDBOX}/user/1/monetary-account`))
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(network.seen.map((request) => new URL(request.url).pathname)).toEqual([
      '/v1/user', // the probe
      '/v1/user/1',
      '/v1/user/1/monetary-account',
    ])
  })

  it('refuses before sending anything when the check finds a CORS block', async () => {
    const { handle, network } = direct({ cors: 'fail', noCors: 'answer' })
    const error = await failure(handle.transport(new Request(`${SANDBOX}/session-server`)))
    expect(error.code).toBe('cors-blocked')
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toBeInstanceOf(BunqError)
    const { hint } = toUiError(error)
    expect(hint).toContain('npm run relay -- --target https://public-api.sandbox.bunq.com')
    expect(hint).toContain('practice bank')
    expect(error.diagnosis.steps.map((step) => step.check)).toEqual([
      'cors-request',
      'no-cors-request',
    ])
    expect(network.seen.some((request) => request.url.endsWith('/session-server'))).toBe(false)
  })

  it('diagnoses a call that fails at network level after a good check', async () => {
    let real: Behaviour = 'answer'
    const { handle } = direct({ cors: () => real, noCors: 'fail', own: 'fail' })
    await handle.transport(new Request(`${SANDBOX}/user`))
    real = 'fail'
    const error = await failure(handle.transport(new Request(`${SANDBOX}/user`)))
    expect(error.code).toBe('network-offline')
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('raises signature-header-unreadable for an answer whose X-Bunq headers are hidden', async () => {
    const { handle } = direct({ cors: 'hidden', status: 200 }, false)
    const error = await failure(handle.transport(new Request(`${SANDBOX}/user`)))
    expect(error.code).toBe('signature-header-unreadable')
    expect(toUiError(error).message).toContain('X-Bunq')
  })

  it('times out a call that gets no answer, on the injected clock', async () => {
    const { handle, platform } = direct({ cors: 'hang' }, false)
    const pending = failure(handle.transport(new Request(`${SANDBOX}/user`)))
    await vi.waitUntil(() => platform.pending() > 0)
    platform.elapse()
    expect((await pending).code).toBe('timeout')
  })

  it('passes bunq error answers through for the core to read', async () => {
    const { handle } = direct({ cors: 'answer', status: 466 }, false)
    const response = await handle.transport(new Request(`${SANDBOX}/session-server`))
    expect(response.status).toBe(466)
  })

  it('lets a caller abort without turning it into a diagnosis', async () => {
    const controller = new AbortController()
    const network = fakeNetwork({ cors: 'answer' })
    const platform = fakePlatform((request) =>
      request.signal.aborted
        ? Promise.reject(new DOMException('aborted', 'AbortError'))
        : network.fetch(request),
    )
    const handle = createTransport({ kind: 'direct', baseUrl: SANDBOX }, platform, {
      checkFirst: false,
    })
    controller.abort()
    const error = await handle
      .transport(new Request(`${SANDBOX}/user`, { signal: controller.signal }))
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DOMException)
  })
})

describe('relay transport', () => {
  const RELAY = 'http://127.0.0.1:8787'
  function relayed(response: Response) {
    const platform = fakePlatform(() => Promise.resolve(response))
    return createTransport({ kind: 'relay', relayUrl: `${RELAY}/` }, platform, {
      pageOrigin: PAGE_ORIGIN,
      checkFirst: false,
    })
  }

  it('maps the relay URL onto /v1', () => {
    expect(relayed(new Response()).baseUrl).toBe(`${RELAY}/v1`)
  })

  it.each([
    ['timeout', 504, 'timeout'],
    ['target-unreachable', 502, 'host-unreachable'],
  ])('turns the relay error %s into %s', async (marker, status, code) => {
    const handle = relayed(new Response('{}', { status, headers: { 'X-Relay-Error': marker } }))
    const error = await failure(handle.transport(new Request(`${RELAY}/v1/user`)))
    expect(error.code).toBe(code)
    expect(toUiError(error).message).toContain('relay')
  })

  it('passes other relay answers through (e.g. 413 body too large)', async () => {
    const handle = relayed(
      new Response('{}', { status: 413, headers: { 'X-Relay-Error': 'body-too-large' } }),
    )
    expect((await handle.transport(new Request(`${RELAY}/v1/user`))).status).toBe(413)
  })
})
