import { describe, expect, it } from 'vitest'
import { EXPOSED_HEADERS, USER_AGENT } from '../../scripts/relay.mjs'
import { send, startUpstream } from './http-helpers'
import { PAGE, serversPerTest } from './servers-per-test'

// Odd spacing, raw UTF-8, an escaped character and a single quote: any re-serialisation shows.
const REQUEST_BODY = Buffer.from(
  '{ "amount" :{"value":"1.00" ,  "currency":"EUR"},\n  "description":"café \\u00e9 it\'s €"}',
  'utf8',
)
const RESPONSE_BODY = Buffer.from(
  '{"Response":[{"Id":{"id":1}}],  "naïve":"Zoë\\u2019s"}\n',
  'utf8',
)
const FAKE_TOKEN = 'fake-session-token-0000'
const FAKE_SIGNATURE = 'ZmFrZS1zaWduYXR1cmU='

const servers = serversPerTest()
const relayTo = servers.relayTo

async function upstream(answer: Parameters<typeof startUpstream>[0] = {}) {
  return servers.upstream({
    headers: {
      'Content-Type': 'application/json',
      'X-Bunq-Server-Signature': 'c2VydmVyLXNpZ25hdHVyZQ==',
      'X-Bunq-Client-Response-Id': '00000000-0000-4000-8000-000000000001',
      'Set-Cookie': 'tracking=1',
    },
    body: RESPONSE_BODY,
    ...answer,
  })
}

describe('relay forwarding', () => {
  it('forwards the request and response bytes unchanged, with the bunq headers', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin)
    const answer = await send(`${relay.url}/v1/user/1/payment?count=2`, {
      method: 'POST',
      headers: {
        Origin: PAGE,
        'Content-Type': 'application/json',
        'Cache-Control': 'no-cache',
        'X-Bunq-Client-Authentication': FAKE_TOKEN,
        'X-Bunq-Client-Signature': FAKE_SIGNATURE,
        Cookie: 'session=should-not-travel',
        'User-Agent': 'page-agent',
      },
      body: REQUEST_BODY,
    })
    expect(answer.status).toBe(200)
    expect(answer.body.equals(RESPONSE_BODY)).toBe(true)
    const seen = bank.received[0]
    expect(seen.method).toBe('POST')
    expect(seen.url).toBe('/v1/user/1/payment?count=2')
    expect(seen.body.equals(REQUEST_BODY)).toBe(true)
    expect(seen.headers['x-bunq-client-authentication']).toBe(FAKE_TOKEN)
    expect(seen.headers['x-bunq-client-signature']).toBe(FAKE_SIGNATURE)
    expect(seen.headers['cache-control']).toBe('no-cache')
    expect(seen.headers['content-type']).toBe('application/json')
    expect(seen.headers['user-agent']).toBe(USER_AGENT)
    expect(seen.headers.cookie).toBeUndefined()
    expect(answer.headers['x-bunq-server-signature']).toBe('c2VydmVyLXNpZ25hdHVyZQ==')
    expect(answer.headers['x-bunq-client-response-id']).toBe('00000000-0000-4000-8000-000000000001')
    expect(answer.headers['set-cookie']).toBeUndefined()
    expect(answer.headers['access-control-allow-origin']).toBe(PAGE)
    expect(answer.headers['access-control-expose-headers']).toBe(EXPOSED_HEADERS.join(', '))
  })

  it('passes bunq error statuses and bodies through as they are', async () => {
    const error = Buffer.from('{"Error":[{"error_description":"Insufficient authorisation."}]}')
    const bank = await upstream({ status: 401, body: error })
    const relay = await relayTo(bank.origin)
    const answer = await send(`${relay.url}/v1/user`, {
      headers: { Origin: PAGE, 'X-Bunq-Client-Request-Id': 'r' },
    })
    expect(answer.status).toBe(401)
    expect(answer.body.equals(error)).toBe(true)
    expect(answer.headers['x-relay-error']).toBeUndefined()
  })

  it('serves callers without an Origin header (curl) under allowNoOrigin, with no CORS headers', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin, { allowNoOrigin: true })
    const answer = await send(`${relay.url}/v1/user`, {
      headers: { 'X-Bunq-Client-Request-Id': 'r' },
    })
    expect(answer.status).toBe(200)
    expect(answer.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('relay CORS', () => {
  it('answers an allowed preflight itself, naming the bunq headers', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin)
    const answer = await send(`${relay.url}/v1/session-server`, {
      method: 'OPTIONS',
      headers: {
        Origin: PAGE,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-bunq-client-signature',
      },
    })
    expect(answer.status).toBe(204)
    expect(answer.headers['access-control-allow-origin']).toBe(PAGE)
    expect(answer.headers['access-control-allow-methods']).toContain('POST')
    const allowed = String(answer.headers['access-control-allow-headers']).toLowerCase()
    for (const header of ['content-type', 'cache-control', 'x-bunq-client-signature']) {
      expect(allowed).toContain(header)
    }
    expect(bank.received).toHaveLength(0)
  })

  it('refuses an origin that is not allowed, preflight or not, without Allow-Origin', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin)
    for (const method of ['OPTIONS', 'GET']) {
      const answer = await send(`${relay.url}/v1/user`, {
        method,
        headers: { Origin: 'http://evil.example' },
      })
      expect(answer.status).toBe(403)
      expect(answer.headers['access-control-allow-origin']).toBeUndefined()
      expect(answer.headers['x-relay-error']).toBe('origin-not-allowed')
    }
    expect(bank.received).toHaveLength(0)
  })

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin)
    const answer = await send(`${relay.url}/v1/user`, { headers: { Host: 'rebound.example:8787' } })
    expect(answer.status).toBe(403)
    expect(answer.headers['x-relay-error']).toBe('host-not-allowed')
    expect(bank.received).toHaveLength(0)
  })
})
