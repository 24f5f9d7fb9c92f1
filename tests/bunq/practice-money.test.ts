// Money END TO END against the practice bank, in process: sugardaddy top-up, a payment to a
// second practice user, paging through payments, requests between users, callbacks, events.
import { beforeEach, describe, expect, it } from 'vitest'
import { createBunqClient, memoryContextHolder, type BunqClient } from '../../src/bunq/client'
import { emptyContext, PRACTICE_BASE_URL } from '../../src/bunq/context'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import type { Pointer } from '../../src/bunq/types'
import { createMemoryStore, createPracticeBank, type PracticeBank } from '../../src/practice-bank'
import { fakePlatform, type FakePlatform } from './helpers/fake-platform'

let platform: FakePlatform
let bank: PracticeBank

async function onboardedClient(kind: 'person' | 'company' = 'person'): Promise<BunqClient> {
  const client = createBunqClient({
    platform,
    transport: (request) => bank.handle(request),
    transportKind: 'practice',
    baseUrl: PRACTICE_BASE_URL,
    context: memoryContextHolder(emptyContext()),
  })
  await client.createSandboxUser(kind)
  await client.generateKeyPair()
  await client.install()
  await client.registerDevice()
  await client.openSession()
  return client
}

async function ibanOf(client: BunqClient): Promise<{ accountId: number; pointer: Pointer }> {
  const { account } = await client.monetaryAccounts.primary()
  const iban = account.alias.find((a) => a.type === 'IBAN')!
  return {
    accountId: account.id,
    pointer: { type: 'IBAN', value: iban.value, name: iban.name ?? 'Practice user' },
  }
}

async function balance(client: BunqClient, accountId: number): Promise<string> {
  return (await client.monetaryAccounts.get(accountId)).account.balance.value
}

beforeEach(async () => {
  platform = fakePlatform()
  bank = createPracticeBank({
    rateLimits: 'off',
    sugarDaddyDelayMs: 0,
    platform,
    store: createMemoryStore(),
  })
  await bank.ready
})

describe('money against the practice bank', () => {
  it('tops up from Sugar Daddy, pays a second user and pages through payments', async () => {
    const alice = await onboardedClient()
    const bob = await onboardedClient()
    const a = await ibanOf(alice)
    const b = await ibanOf(bob)

    const inquiryId = await alice.requestInquiries.create(a.accountId, sugarDaddyRequest('500.00'))
    await platform.sleep(0) // Sugar Daddy's (zero) delay
    expect((await alice.requestInquiries.get(a.accountId, inquiryId)).status).toBe('ACCEPTED')
    expect(await balance(alice, a.accountId)).toBe('500.00')

    for (const value of ['1.00', '2.00', '3.00']) {
      const id = await alice.payments.create(a.accountId, {
        amount: { value, currency: 'EUR' },
        counterparty_alias: b.pointer,
        description: `Payment of ${value}`,
      })
      expect((await alice.payments.get(a.accountId, id)).amount.value).toBe(`-${value}`)
    }
    expect(await balance(alice, a.accountId)).toBe('494.00')
    expect(await balance(bob, b.accountId)).toBe('6.00')

    // Newest first, two per page; the older cursor leads to the rest (docs/protocol.md §10.5).
    const first = await alice.payments.list(a.accountId, { count: 2 })
    expect(first.items.map((p) => p.amount.value)).toEqual(['-3.00', '-2.00'])
    expect(first.pagination.older).not.toBeNull()
    const second = await alice.payments.list(a.accountId, first.pagination.older!)
    const values = second.items.map((p) => p.amount.value)
    expect(values).toContain('-1.00')
    expect(values).not.toContain('-3.00')

    const received = await bob.payments.list(b.accountId)
    expect(received.items.map((p) => p.amount.value).sort()).toEqual(['1.00', '2.00', '3.00'])
  })

  it('sends a request to another user, who accepts it; a second one is rejected', async () => {
    const alice = await onboardedClient()
    const bob = await onboardedClient()
    const a = await ibanOf(alice)
    const b = await ibanOf(bob)
    await bob.requestInquiries.create(b.accountId, sugarDaddyRequest('100.00'))
    await platform.sleep(0)

    const ask = {
      amount_inquired: { value: '10.00', currency: 'EUR' },
      counterparty_alias: b.pointer,
      description: 'Lunch',
      allow_bunqme: false,
    }
    const first = await alice.requestInquiries.create(a.accountId, ask)
    const second = await alice.requestInquiries.create(a.accountId, {
      ...ask,
      description: 'Dinner',
    })
    const incoming = await bob.requestResponses.list(b.accountId)
    const lunch = incoming.items.find((r) => r.description === 'Lunch')!
    const dinner = incoming.items.find((r) => r.description === 'Dinner')!
    await bob.requestResponses.accept(b.accountId, lunch.id)
    await bob.requestResponses.reject(b.accountId, dinner.id)

    expect((await alice.requestInquiries.get(a.accountId, first)).status).toBe('ACCEPTED')
    expect((await alice.requestInquiries.get(a.accountId, second)).status).toBe('REJECTED')
    expect(await balance(alice, a.accountId)).toBe('10.00')
    expect(await balance(bob, b.accountId)).toBe('90.00')
  })

  it('revokes a pending request', async () => {
    const alice = await onboardedClient()
    const bob = await onboardedClient()
    const a = await ibanOf(alice)
    const b = await ibanOf(bob)
    const ask = {
      amount_inquired: { value: '5.00', currency: 'EUR' },
      counterparty_alias: b.pointer,
      description: 'Oops',
      allow_bunqme: false,
    }
    const id = await alice.requestInquiries.create(a.accountId, ask)
    await alice.requestInquiries.revoke(a.accountId, id)
    expect((await alice.requestInquiries.get(a.accountId, id)).status).toBe('REVOKED')
    expect((await alice.requestInquiries.list(a.accountId)).items.map((r) => r.id)).toContain(id)
  })

  it('creates a second account and sets callbacks at user and account level', async () => {
    const alice = await onboardedClient()
    const accountId = await alice.monetaryAccounts.create({
      currency: 'EUR',
      description: 'Savings pot',
    })
    expect((await alice.monetaryAccounts.get(accountId)).account.description).toBe('Savings pot')
    const filter = { category: 'MUTATION', notification_target: 'https://example.org/hook' }
    await alice.notificationFilters.set([filter])
    expect(await alice.notificationFilters.get()).toEqual([expect.objectContaining(filter)])
    await alice.notificationFilters.set([filter], accountId)
    expect(await alice.notificationFilters.get(accountId)).toEqual([
      expect.objectContaining(filter),
    ])
    await alice.notificationFilters.set([])
    expect(await alice.notificationFilters.get()).toEqual([])
  })

  it('lists events and answers generic console calls with placeholders', async () => {
    const alice = await onboardedClient()
    const a = await ibanOf(alice)
    await alice.requestInquiries.create(a.accountId, sugarDaddyRequest('50.00'))
    await platform.sleep(0)
    const events = await alice.events.list({ count: 10 })
    expect(events.items.length).toBeGreaterThan(0)
    const result = await alice.call(
      'GET',
      '/user/{userID}/monetary-account/{monetary-accountID}/payment',
    )
    expect(result.items[0].type).toBe('Payment')
    const error = await alice.call('GET', '/user/{userID}/no-such-thing').catch((e) => e)
    expect(error.code).toBe('not-found')
  })
})
