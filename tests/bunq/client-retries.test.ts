// Session renewal and retries around the pipeline (docs/protocol.md §4.6, §9; docs/architecture.md, "never replay a signed POST").
import { beforeAll, describe, expect, it } from 'vitest'
import type { ApiContext } from '../../src/bunq/context'
import { RateLimitError, SessionExpiredError } from '../../src/bunq/errors'
import { EPOCH } from './helpers/fake-platform'
import { testKeys, type TestKeys } from './helpers/keys'
import { scriptedClient } from './helpers/scripted-client'
import {
  bunqError,
  FAKE_INSTALLATION_TOKEN,
  FAKE_SESSION_TOKEN,
  ok,
  readyContext,
  type Answer,
} from './helpers/fake-bank'

let keys: TestKeys
beforeAll(async () => {
  keys = await testKeys()
})

const NEW_TOKEN = 'session-token-renewed-2222222222222222222222222222222222222222'
const sessionAnswer: Answer = {
  body: ok([
    { Id: { id: 10 } },
    { Token: { id: 10, created: '2025-01-01 12:00:00.000000', token: NEW_TOKEN } },
    { UserPerson: { id: 42, session_timeout: 3600 } },
  ]),
}
const tooMany = {
  status: 429,
  body: bunqError(
    'Too many requests. You can do a maximum of 3 calls per 3 second to this endpoint.',
  ),
}
const expired = { status: 401, body: bunqError('Insufficient authorisation.') }
const users = { body: ok([{ UserPerson: { id: 42 } }]) }

function setup(answers: Answer[], context?: ApiContext, rateLimit = true) {
  return scriptedClient(keys, answers, context ?? readyContext(keys), {
    rateLimit: { enabled: rateLimit },
  })
}

describe('429 handling', () => {
  it('retries a GET after 429, waiting a full window first', async () => {
    const { client, requests, platform } = setup([tooMany, users])
    await client.users.list()
    expect(requests).toHaveLength(2)
    expect(platform.now() - EPOCH).toBeGreaterThanOrEqual(3000)
  })

  it('backs off by itself when the client limiter is off', async () => {
    const { client, platform } = setup([tooMany, tooMany, users], undefined, false)
    await client.users.list()
    expect(platform.sleeps).toEqual([3000, 6000])
  })

  it('gives up after a bounded number of GET retries', async () => {
    const { client, requests } = setup([tooMany, tooMany, tooMany, users])
    await expect(client.users.list()).rejects.toBeInstanceOf(RateLimitError)
    expect(requests).toHaveLength(3)
  })

  it('never re-sends a POST after 429', async () => {
    const { client, requests } = setup([tooMany, { body: ok([{ Id: { id: 1 } }]) }])
    const payment = {
      amount: { value: '1.00', currency: 'EUR' },
      counterparty_alias: { type: 'EMAIL' as const, value: 'a@b.c' },
      description: '',
    }
    await expect(client.payments.create(7, payment)).rejects.toMatchObject({ code: 'rate-limited' })
    expect(requests).toHaveLength(1)
  })
})

describe('session renewal', () => {
  it('renews through session-server first when fewer than 30 s remain', async () => {
    const base = readyContext(keys)
    const { client, requests } = setup([sessionAnswer, users], {
      ...base,
      session: { ...base.session!, expiresAt: EPOCH + 29_000 },
    })
    await client.users.list()
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/session-server', '/v1/user'])
    expect(requests[0].headers.get('X-Bunq-Client-Authentication')).toBe(FAKE_INSTALLATION_TOKEN)
    expect(requests[1].headers.get('X-Bunq-Client-Authentication')).toBe(NEW_TOKEN)
    expect(client.context.session?.expiresAt).toBe(EPOCH + 3600_000)
  })

  it('does not renew with more than 30 s left', async () => {
    const base = readyContext(keys)
    const { client, requests } = setup([users], {
      ...base,
      session: { ...base.session!, expiresAt: EPOCH + 31_000 },
    })
    await client.users.list()
    expect(requests).toHaveLength(1)
  })

  it('renews after "session expired" on a GET and retries it once', async () => {
    const { client, requests } = setup([expired, sessionAnswer, users])
    const list = await client.users.list()
    expect(list[0].user.id).toBe(42)
    expect(requests.map((r) => r.headers.get('X-Bunq-Client-Authentication'))).toEqual([
      FAKE_SESSION_TOKEN,
      FAKE_INSTALLATION_TOKEN,
      NEW_TOKEN,
    ])
  })

  it('retries only once: a second "session expired" is thrown', async () => {
    const { client } = setup([
      expired,
      sessionAnswer,
      { status: 403, body: bunqError('Insufficient authentication.') },
    ])
    await expect(client.users.list()).rejects.toBeInstanceOf(SessionExpiredError)
  })

  it('does not renew-and-resend a POST after "session expired"', async () => {
    const { client, requests } = setup([expired])
    await expect(
      client.monetaryAccounts.create({ currency: 'EUR', description: 'x' }),
    ).rejects.toMatchObject({ code: 'session-expired' })
    expect(requests).toHaveLength(1)
  })

  it('opens one session however many reads need it at once', async () => {
    const base = readyContext(keys)
    const { client, requests } = setup([sessionAnswer, users, users, users], {
      ...base,
      session: { ...base.session!, expiresAt: EPOCH },
    })
    await Promise.all([client.users.list(), client.users.list(), client.users.list()])
    expect(requests.filter((r) => r.url.endsWith('/session-server'))).toHaveLength(1)
  })

  it('uses a fresh X-Bunq-Client-Request-Id on every call', async () => {
    const { client, requests } = setup([users, users])
    await client.users.list()
    await client.users.list()
    const ids = requests.map((r) => r.headers.get('X-Bunq-Client-Request-Id'))
    expect(new Set(ids).size).toBe(2)
  })
})
