import { describe, expect, it } from 'vitest'
import { createIdbStore, createMemoryStore } from '../../src/practice-bank'
import { fakeClock, faces } from './support/faces'

// docs/protocol.md §9 (rate limits), fault switches, persistence across bank instances.
describe.each(faces(0))('rate limits and faults (%s)', (_name, makeFace) => {
  it('allows 3 GETs per 3 s per endpoint, then 429 with bunq text; the window slides', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform, rateLimits: 'off' })
    const c = await face.client().bootstrap()
    face.bank.options.rateLimits = 'enforce'
    for (let i = 0; i < 3; i++) await c.ok('GET', '/user')
    const limited = await c.call('GET', '/user')
    expect(limited.status).toBe(429)
    expect(limited.json.Error[0].error_description).toBe(
      'Too many requests. You can do a maximum of 3 calls per 3 second to this endpoint.',
    )
    expect(limited.headers.get('Retry-After')).toBeNull()
    await c.ok('GET', `/user/${c.userId}`) // another endpoint has its own budget
    clock.t += 3000
    await c.ok('GET', '/user')
  })

  it('limits session-server to 1 per 30 s and POSTs to 5 per 3 s', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform, rateLimits: 'enforce' })
    const c = await face.client().bootstrap()
    const again = await c.call('POST', '/session-server', {
      token: 'installation',
      body: { secret: c.apiKey },
    })
    expect(again.json.Error[0].error_description).toBe(
      'Too many requests. You can do a maximum of 1 calls per 30 second to this endpoint.',
    )
    clock.t += 30e3
    await c.openSession()
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push((await c.call('POST', '/sandbox-user-person')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
  })

  it('waits instead of refusing under rateLimits delay', async () => {
    const clock = fakeClock()
    const face = await makeFace({ platform: clock.platform, rateLimits: 'delay' })
    const c = face.client()
    const start = clock.t
    for (let i = 0; i < 6; i++)
      expect((await c.call('POST', '/sandbox-user-person')).status).toBe(200)
    expect(clock.t - start).toBeGreaterThanOrEqual(3000)
  })

  it('answers the next call 429 once (fault switch), with Retry-After under its switch', async () => {
    const face = await makeFace({ retryAfterHeader: true })
    const c = await face.client().bootstrap()
    face.bank.faults.failNextWith429()
    const limited = await c.call('GET', '/user')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('3')
    await c.ok('GET', '/user')
  })

  it('credits Sugar Daddy money only after sugarDaddyDelayMs', async () => {
    const face = await makeFace({ sugarDaddyDelayMs: 50 })
    const c = await face.client().bootstrap()
    const base = `/user/${c.userId}/monetary-account/${c.accountId}`
    const id = (
      await c.ok('POST', `${base}/request-inquiry`, {
        body: {
          amount_inquired: { value: '20', currency: 'EUR' },
          counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com' },
          description: '',
          allow_bunqme: false,
        },
      })
    ).json.Response[0].Id.id
    const status = async () =>
      (await c.ok('GET', `${base}/request-inquiry/${id}`)).json.Response[0].RequestInquiry.status
    expect(await status()).toBe('PENDING')
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(await status()).toBe('ACCEPTED')
    expect((await c.ok('GET', base)).json.Response[0].MonetaryAccountBank.balance.value).toBe(
      '20.00',
    )
  })

  it('resets the sandbox: users, keys and tokens gone, a new server key', async () => {
    const face = await makeFace()
    const c = await face.client().bootstrap()
    const oldKey = c.serverPublicKeyPem
    await face.bank.faults.resetSandbox()
    expect((await c.call('GET', '/user')).status).toBe(401)
    const fresh = await face.client().bootstrap()
    expect(fresh.serverPublicKeyPem).not.toBe(oldKey)
  })
})

describe.each(faces(0))('persistence (%s)', (_name, makeFace) => {
  for (const [storeName, makeStore] of [
    ['memory', createMemoryStore],
    ['IndexedDB', () => createIdbStore()],
  ] as const) {
    it(`keeps users, tokens and money in a new bank on the same ${storeName} store`, async () => {
      const store = makeStore()
      const first = await makeFace({}, store)
      const c = await first.client().bootstrap()
      const base = `/user/${c.userId}/monetary-account/${c.accountId}`
      await c.ok('POST', `${base}/request-inquiry`, {
        body: {
          amount_inquired: { value: '42', currency: 'EUR' },
          counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com' },
          description: '',
          allow_bunqme: false,
        },
      })
      const second = await makeFace({}, store)
      const again = second.client()
      Object.assign(again, {
        sessionToken: c.sessionToken,
        serverPublicKeyPem: c.serverPublicKeyPem,
      })
      const account = (await again.ok('GET', base)).json.Response[0].MonetaryAccountBank
      expect(account.balance.value).toBe('42.00')
      // A failed request leaves nothing behind in the store.
      await again.call('POST', `${base}/payment`, {
        body: {
          amount: { value: '99', currency: 'EUR' },
          counterparty_alias: { type: 'EMAIL', value: 'sugardaddy@bunq.com' },
          description: 'x',
        },
      })
      const third = await makeFace({}, store)
      const reread = Object.assign(third.client(), {
        sessionToken: c.sessionToken,
        serverPublicKeyPem: c.serverPublicKeyPem,
      })
      expect((await reread.ok('GET', `${base}/payment`)).json.Response).toHaveLength(1)
    })
  }
})
