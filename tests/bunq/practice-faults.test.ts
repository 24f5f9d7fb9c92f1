// Faults injected by the practice bank, end to end: the core recovers where it may, and fails
// with the right code where it must not (docs/protocol.md §4.6, §6, §8, §9).
import { describe, expect, it } from 'vitest'
import { memoryContextHolder } from '../../src/bunq/client'
import { emptyContext } from '../../src/bunq/context'
import type { ExchangeEvent } from '../../src/bunq/exchange'
import type { BankOptions } from '../../src/practice-bank'
import { clientOnNewPracticeBank, onboard, practiceClient } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'
import { testKeys } from './helpers/keys'

/** A fresh practice bank with one client onboarded to a session, its exchanges recorded. */
async function onboarded(options: Partial<BankOptions> = {}) {
  const world = await clientOnNewPracticeBank(options)
  await onboard(world.client)
  return world
}

const paths = (events: ExchangeEvent[]) =>
  events.map((e) => `${e.redacted.request.method} ${new URL(e.redacted.request.url).pathname}`)

describe('practice bank faults', () => {
  for (const expiredSessionError of [
    { status: 401, text: 'Insufficient authorisation.' },
    { status: 403, text: 'Insufficient authentication.' },
  ]) {
    it(`renews after ${expiredSessionError.status} "${expiredSessionError.text}" and retries the read once`, async () => {
      const { client, bank, events } = await onboarded({ expiredSessionError })
      const oldToken = client.context.session!.token
      bank.faults.expireSessionsNow()
      events.length = 0
      const users = await client.users.list()
      expect(users).toHaveLength(1)
      expect(client.context.session!.token).not.toBe(oldToken)
      expect(paths(events)).toEqual(['GET /v1/user', 'POST /v1/session-server', 'GET /v1/user'])
      expect(events[0].redacted.errorCode).toBe('session-expired')
    })
  }

  it('does not re-send a payment after the session expired', async () => {
    const { client, bank, events } = await onboarded()
    const { account } = await client.monetaryAccounts.primary()
    bank.faults.expireSessionsNow()
    events.length = 0
    const payment = {
      amount: { value: '1.00', currency: 'EUR' },
      counterparty_alias: {
        type: 'EMAIL' as const,
        value: 'sugardaddy@bunq.com',
        name: 'Sugar Daddy',
      },
      description: 'x',
    }
    await expect(client.payments.create(account.id, payment)).rejects.toMatchObject({
      code: 'session-expired',
    })
    expect(paths(events)).toEqual([
      `POST /v1/user/${client.context.session!.userId}/monetary-account/${account.id}/payment`,
    ])
  })

  it('retries a read after a 429 and reports the 429 in the log', async () => {
    const { client, bank, events } = await onboarded()
    bank.faults.failNextWith429()
    events.length = 0
    await client.users.list()
    expect(events.map((e) => e.redacted.response?.status)).toEqual([429, 200])
    expect(events[0].redacted.errorCode).toBe('rate-limited')
  })

  it('refuses a response whose signature was corrupted', async () => {
    const { client, bank, events } = await onboarded()
    bank.faults.corruptNextSignature()
    await expect(client.users.list()).rejects.toMatchObject({ code: 'server-signature-invalid' })
    expect(events.at(-1)!.redacted.serverSignature).toBe('invalid')
  })

  it('reports a wrong API key at device registration as bad-api-key-or-ip', async () => {
    const client = practiceClient(await practiceBankOnFakeClock(), {
      context: memoryContextHolder({
        ...emptyContext(),
        apiKey: 'sandbox_0000000000000000000000000000000000000000000000000000',
      }),
    })
    await client.generateKeyPair()
    await client.install()
    await expect(client.registerDevice()).rejects.toMatchObject({
      code: 'bad-api-key-or-ip',
      status: 400,
    })
  })

  it('reports a key pair that does not match the installation as bad-request-signature', async () => {
    const { client, bank, platform } = await onboarded()
    const other = await testKeys()
    const ctx = memoryContextHolder({
      ...client.context,
      privateKeyPem: other.clientPrivatePem,
      session: null,
    })
    const mismatched = practiceClient({ platform, bank }, { context: ctx })
    await expect(mismatched.openSession()).rejects.toMatchObject({
      code: 'bad-request-signature',
      status: 400,
    })
  })

  it('reports the bank’s own rate limit as rate-limited when the client limiter is off', async () => {
    const { bank, platform } = await onboarded()
    bank.options.rateLimits = 'enforce'
    const ctx = memoryContextHolder(emptyContext())
    const client = practiceClient(
      { platform, bank },
      { context: ctx, rateLimit: { enabled: false } },
    )
    const results = await Promise.allSettled(
      Array.from({ length: 7 }, () => client.createSandboxUser('person')),
    )
    const codes = results
      .filter((r) => r.status === 'rejected')
      .map((r) => (r as PromiseRejectedResult).reason.code)
    expect(codes.length).toBeGreaterThan(0)
    expect(new Set(codes)).toEqual(new Set(['rate-limited']))
  })
})
