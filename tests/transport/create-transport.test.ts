import { describe, expect, it } from 'vitest'
import { PRACTICE_BASE_URL } from '../../src/bunq/context'
import { BunqError } from '../../src/errors'
import { createBrowserPlatform } from '../../src/platform/browser-platform'
import { createTransport } from '../../src/transport/create-transport'
import { loadPracticeBank } from '../../src/transport/practice'
import type { PracticeBankLike } from '../../src/transport/practice'

const platform = createBrowserPlatform()

describe('createTransport URLs', () => {
  it.each([
    ['https://public-api.sandbox.bunq.com/v1', 'https://public-api.sandbox.bunq.com/v1'],
    ['https://api.bunq.com/v1/', 'https://api.bunq.com/v1'],
    [' http://127.0.0.1:5055/v1 ', 'http://127.0.0.1:5055/v1'],
    ['http://127.0.0.1:5055', 'http://127.0.0.1:5055/v1'],
  ])('direct %s -> %s', (baseUrl, expected) => {
    const handle = createTransport({ kind: 'direct', baseUrl }, platform)
    expect(handle.kind).toBe('direct')
    expect(handle.baseUrl).toBe(expected)
  })

  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/v1'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787/v1'],
    ['http://127.0.0.1:8787/v1', 'http://127.0.0.1:8787/v1'],
    ['https://relay.example/bunq/', 'https://relay.example/bunq/v1'],
  ])('relay %s -> %s', (relayUrl, expected) => {
    expect(createTransport({ kind: 'relay', relayUrl }, platform).baseUrl).toBe(expected)
  })

  it.each([
    'ftp://127.0.0.1/v1',
    'https://user:pass@api.bunq.com/v1',
    'https://api.bunq.com/v1?token=abc',
    'not a url',
  ])('refuses %s without echoing it', (baseUrl) => {
    const attempt = () => createTransport({ kind: 'direct', baseUrl }, platform)
    expect(attempt).toThrow(BunqError)
    try {
      attempt()
    } catch (error) {
      expect((error as Error).message).not.toContain('pass')
      expect((error as Error).message).not.toContain('abc')
    }
  })
})

describe('practice transport', () => {
  it('routes requests to the practice bank the loader gives', async () => {
    const seen: string[] = []
    const bank: PracticeBankLike = {
      ready: Promise.resolve(),
      handle: async (request) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`)
        return new Response('{"Response":[]}')
      },
    }
    const handle = createTransport({ kind: 'practice' }, platform, {
      loadPracticeBank: async () => bank,
    })
    expect(handle.baseUrl).toBe(PRACTICE_BASE_URL)
    expect(await handle.diagnose()).toBeNull()
    await handle.transport(new Request(`${PRACTICE_BASE_URL}/user`))
    expect(seen).toEqual(['GET /v1/user'])
  })

  it('loads the real practice bank once per page and shares it between transports', async () => {
    const one = createTransport({ kind: 'practice' }, platform)
    const two = createTransport({ kind: 'practice' }, platform)
    const created = await one.transport(
      new Request(`${PRACTICE_BASE_URL}/sandbox-user-person`, { method: 'POST' }),
    )
    expect(created.status).toBe(200)
    const body = (await created.json()) as { Response: Array<{ ApiKey?: { api_key: string } }> }
    expect(body.Response[0].ApiKey?.api_key).toMatch(/^sandbox_/)
    expect(await loadPracticeBank(platform)).toBe(await loadPracticeBank(platform))
    const unknown = await two.transport(new Request(`${PRACTICE_BASE_URL}/no-such-endpoint`))
    expect(unknown.status).toBe(404)
  })
})
