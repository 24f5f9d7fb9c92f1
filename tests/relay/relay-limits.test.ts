import { describe, expect, it } from 'vitest'
import { send, startUpstream } from './http-helpers'
import { PAGE, serversPerTest } from './servers-per-test'

/** Every bunq call carries an X-Bunq-* header (docs/protocol.md §5); the relay requires one. */
const CALL = { Origin: PAGE, 'X-Bunq-Client-Request-Id': 'limits' }
const servers = serversPerTest()
const relayTo = servers.relayTo

const upstream = (answer: Parameters<typeof startUpstream>[0] = {}) =>
  servers.upstream({ body: Buffer.from('{"Response":[]}'), ...answer })

describe('relay limits', () => {
  it('answers 413 to a declared body over the cap and never forwards it', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin, { maxBodyBytes: 1024 })
    const answer = await send(`${relay.url}/v1/user`, {
      method: 'POST',
      headers: { ...CALL, 'Content-Type': 'application/json' },
      body: Buffer.alloc(1025, 0x20),
    })
    expect(answer.status).toBe(413)
    expect(answer.headers['x-relay-error']).toBe('body-too-large')
    expect(answer.headers['access-control-allow-origin']).toBe(PAGE)
    expect(bank.received).toHaveLength(0)
  })

  it('answers 413 to a chunked body that grows past the cap', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin, { maxBodyBytes: 1024 })
    const answer = await send(`${relay.url}/v1/user`, {
      method: 'POST',
      headers: { ...CALL, 'Transfer-Encoding': 'chunked' },
      body: Buffer.alloc(2048, 0x20),
    })
    expect(answer.status).toBe(413)
    expect(bank.received).toHaveLength(0)
  })

  it('accepts a body exactly at the cap', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin, { maxBodyBytes: 1024 })
    const body = Buffer.alloc(1024, 0x61)
    const answer = await send(`${relay.url}/v1/user`, { method: 'POST', headers: CALL, body })
    expect(answer.status).toBe(200)
    expect(bank.received[0].body.equals(body)).toBe(true)
  })

  it('answers 504 when the target does not answer in time', async () => {
    const bank = await upstream({ hang: true })
    const relay = await relayTo(bank.origin, { timeoutMs: 150 })
    const answer = await send(`${relay.url}/v1/user`, { headers: CALL })
    expect(answer.status).toBe(504)
    expect(answer.headers['x-relay-error']).toBe('timeout')
  })

  it('answers 502 when the target is down', async () => {
    const bank = await upstream()
    const target = bank.origin
    await bank.close()
    const relay = await relayTo(target)
    const answer = await send(`${relay.url}/v1/user`, { headers: CALL })
    expect(answer.status).toBe(502)
    expect(answer.headers['x-relay-error']).toBe('target-unreachable')
  })

  it('forwards only /v1 and only bunq methods', async () => {
    const bank = await upstream()
    const relay = await relayTo(bank.origin)
    expect((await send(`${relay.url}/admin`, { headers: CALL })).status).toBe(404)
    expect((await send(`${relay.url}/v1x/user`, { headers: CALL })).status).toBe(404)
    expect((await send(`${relay.url}/v1/user`, { method: 'PATCH', headers: CALL })).status).toBe(
      405,
    )
    expect(bank.received).toHaveLength(0)
  })
})

describe('relay logging', () => {
  it('logs method, path without query, status and duration, and never a secret', async () => {
    const bank = await upstream({
      headers: { 'X-Bunq-Server-Signature': 'c2VydmVyLXNlY3JldC1zaWc=' },
      body: Buffer.from('{"Response":[{"Token":{"token":"fake-token-in-body"}}]}'),
    })
    const lines: string[] = []
    const relay = await relayTo(bank.origin, { log: (line) => lines.push(line) })
    await send(`${relay.url}/v1/session-server?secret=sandbox_fakefakefake`, {
      method: 'POST',
      headers: {
        Origin: PAGE,
        'X-Bunq-Client-Authentication': 'fake-installation-token',
        'X-Bunq-Client-Signature': 'ZmFrZS1jbGllbnQtc2ln',
      },
      body: Buffer.from('{"secret":"sandbox_fakeapikey0000"}'),
    })
    await send(`${relay.url}/v1/user`, { headers: { Origin: 'http://evil.example' } })
    await new Promise((resolve) => setImmediate(resolve))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^POST \/v1\/session-server 200 \d+ms$/)
    expect(lines[1]).toMatch(/^GET \/v1\/user 403 \d+ms$/)
    const all = lines.join('\n')
    for (const secret of ['sandbox_', 'fake-', 'ZmFrZS', 'c2VydmVy', 'secret']) {
      expect(all).not.toContain(secret)
    }
  })
})
