// The one request pipeline: what is signed is what is sent; responses are verified before parsing.
import { beforeAll, describe, expect, it } from 'vitest'
import { utf8Decode } from '../../src/crypto/bytes'
import { verifyBytes } from '../../src/crypto/rsa'
import { createBunqClient, memoryContextHolder } from '../../src/bunq/client'
import type { ApiContext } from '../../src/bunq/context'
import { emptyContext } from '../../src/bunq/context'
import type { ExchangeEvent } from '../../src/bunq/exchange'
import { BunqError } from '../../src/errors'
import { MalformedResponseError, NetworkError, SignatureError } from '../../src/bunq/errors'
import { fakePlatform } from './helpers/fake-platform'
import { testKeys, type TestKeys } from './helpers/keys'
import { scriptedClient } from './helpers/scripted-client'
import { FAKE_SESSION_TOKEN, ok, readyContext, type Answer, FAKE_BANK } from './helpers/fake-bank'

let keys: TestKeys
beforeAll(async () => {
  keys = await testKeys()
})

function setup(answers: Answer[], context?: ApiContext) {
  const events: ExchangeEvent[] = []
  const scripted = scriptedClient(keys, answers, context ?? readyContext(keys), {
    transportKind: 'test',
    onExchange: (e) => events.push(e),
  })
  return { ...scripted, events }
}

const USER = { UserPerson: { id: 42, display_name: 'Zoë Café' } }

describe('request pipeline', () => {
  it('signs exactly the bytes it sends, with UTF-8 text intact', async () => {
    const { client, requests } = setup([{ body: ok([{ Id: { id: 9 } }]) }])
    const body = { description: 'Café für Zoë 💸', amount: { value: '1.00', currency: 'EUR' } }
    await client.request({ method: 'POST', path: '/user/42/monetary-account/1/payment', body })
    const sent = requests[0]
    expect(utf8Decode(sent.body)).toBe(JSON.stringify(body))
    const signature = sent.headers.get('X-Bunq-Client-Signature')!
    expect(await verifyBytes(keys.client.publicKey, new Uint8Array(sent.body), signature)).toBe(
      true,
    )
    expect(sent.headers.get('Content-Type')).toBe('application/json')
    expect(sent.headers.get('X-Bunq-Client-Authentication')).toBe(FAKE_SESSION_TOKEN)
  })

  it('signs the empty string for a GET and sends no body or Content-Type', async () => {
    const { client, requests } = setup([{ body: ok([USER]) }])
    await client.request({ method: 'GET', path: '/user' })
    const sent = requests[0]
    expect(sent.body.byteLength).toBe(0)
    expect(sent.headers.get('Content-Type')).toBeNull()
    const signature = sent.headers.get('X-Bunq-Client-Signature')!
    expect(await verifyBytes(keys.client.publicKey, new Uint8Array(0), signature)).toBe(true)
  })

  it('accepts a correctly signed 200 and unwraps it', async () => {
    const { client, events } = setup([{ body: ok([USER]) }])
    const { envelope, responseId } = await client.request({ method: 'GET', path: '/user' })
    expect(envelope.items[0]).toEqual({ type: 'UserPerson', value: USER.UserPerson })
    expect(responseId).toBe('fake-response-id-0001')
    expect(events[0].raw.serverSignature).toBe('verified')
  })

  it('rejects a 200 without X-Bunq-Server-Signature', async () => {
    const { client, events } = setup([{ body: ok([USER]), signing: 'missing' }])
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error).toBeInstanceOf(SignatureError)
    expect(error.code).toBe('server-signature-missing')
    expect(events[0].redacted.serverSignature).toBe('missing')
    expect(events[0].redacted.errorCode).toBe('server-signature-missing')
  })

  it('rejects a 200 whose signature does not match the body', async () => {
    const { client } = setup([{ body: ok([USER]), signing: 'wrong' }])
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error).toBeInstanceOf(SignatureError)
    expect(error.code).toBe('server-signature-invalid')
  })

  it('rejects a truncated body signed over the full body (verification before parsing)', async () => {
    const full = JSON.stringify(ok([USER]))
    const { client } = setup([{ body: full.slice(0, 20), signOver: full }])
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error.code).toBe('server-signature-invalid')
  })

  it('reports a signed but non-JSON 200 as malformed-response', async () => {
    const { client } = setup([{ body: '<html>oops</html>' }])
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error).toBeInstanceOf(MalformedResponseError)
    expect(error.code).toBe('malformed-response')
  })

  it('reports a truncated unsigned pre-installation body as malformed-response', async () => {
    const full = JSON.stringify(ok([{ ApiKey: { api_key: 'sandbox_abc' } }]))
    const { client } = setup(
      [{ body: full.slice(0, 25), signing: 'none' }],
      emptyContext(FAKE_BANK),
    )
    const error = await client.createSandboxUser('person').catch((e) => e)
    expect(error.code).toBe('malformed-response')
  })

  it('reports JSON that is not bunq’s envelope as malformed-response', async () => {
    const { client } = setup([{ body: { Response: [{ A: {}, B: {} }] } }])
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error.code).toBe('malformed-response')
  })

  it('wraps a transport that throws a plain error as host-unreachable', async () => {
    const platform = fakePlatform()
    const events: ExchangeEvent[] = []
    const client = createBunqClient({
      platform,
      transport: async () => {
        throw new TypeError('Failed to fetch')
      },
      baseUrl: 'https://bank.test/v1',
      context: memoryContextHolder(readyContext(keys)),
      onExchange: (e) => events.push(e),
    })
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.code).toBe('host-unreachable')
    expect(events[0].raw.response).toBeNull()
    expect(events[0].raw.serverSignature).toBe('not-checked')
  })

  it('passes a transport’s own NetworkError through unchanged', async () => {
    const client = createBunqClient({
      platform: fakePlatform(),
      transport: async () => {
        throw new NetworkError('cors-blocked', 'The preflight was refused.')
      },
      baseUrl: 'https://bank.test/v1',
      context: memoryContextHolder(readyContext(keys)),
    })
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error.code).toBe('cors-blocked')
  })

  it('refuses to send without a session, naming the missing step', async () => {
    const { client, requests } = setup([], { ...readyContext(keys), session: null })
    const error = await client.request({ method: 'GET', path: '/user' }).catch((e) => e)
    expect(error).toBeInstanceOf(BunqError)
    expect(error.code).toBe('no-context')
    expect(requests).toHaveLength(0)
  })

  it('emits timing, the client signature digest and redacted copies', async () => {
    const { client, events } = setup([{ body: ok([{ Id: { id: 1 } }]) }])
    await client.request({
      method: 'POST',
      path: '/user/42/monetary-account/1/payment',
      body: { a: 1 },
    })
    const { raw, redacted } = events[0]
    expect(raw.clientSignature?.byteLength).toBe(7)
    expect(raw.clientSignature?.bodySha256).toMatch(/^[0-9a-f]{64}$/)
    expect(raw.request.headers['X-Bunq-Client-Authentication']).toBe(FAKE_SESSION_TOKEN)
    expect(JSON.stringify(redacted)).not.toContain(FAKE_SESSION_TOKEN)
    expect(JSON.stringify(redacted)).not.toContain(raw.clientSignature!.signature)
    expect(redacted.durationMs).toBeGreaterThanOrEqual(0)
    expect(redacted.transport).toBe('test')
  })
})
