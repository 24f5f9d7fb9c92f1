// Money END TO END against the practice bank, in process: sugardaddy top-up, a payment to a
// second practice user, paging through payments, requests between users, callbacks, events.
import { beforeEach, describe, expect, it } from 'vitest'
import type { BunqClient } from '../../src/bunq/client'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import type { Pointer } from '../../src/bunq/types'
import type { PracticeBank } from '../../src/practice-bank'
import type { FakePlatform } from './helpers/fake-platform'
import { aliceAndBob, onboardedClient, primaryIban } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'

let platform: FakePlatform
let bank: PracticeBank

async function balance(client: BunqClient, accountId: number): Promise<string> {
  return (await client.monetaryAccounts.get(accountId)).account.balance.value
}

/** A request for `value` EUR from `pointer`, payable only from a bunq account (no bunq.me). */
const requestTo = (pointer: Pointer, value: string, description: string) => ({
  amount_inquired: { value, currency: 'EUR' },
  counterparty_alias: pointer,
  description,
  allow_bunqme: false,
})

beforeEach(async () => {
  ;({ platform, bank } = await practiceBankOnFakeClock())
})

describe('money against the practice bank', () => {
  it('tops up from Sugar Daddy, pays a second user and pages through payments', async () => {
    const { alice, bob, a, b } = await aliceAndBob({ platform, bank })

    const inquiryId = await alice.requestInquiries.create(a.id, sugarDaddyRequest('500.00'))
    await platform.sleep(0) // Sugar Daddy's (zero) delay
    expect((await alice.requestInquiries.get(a.id, inquiryId)).status).toBe('ACCEPTED')
    expect(await balance(alice, a.id)).toBe('500.00')

    for (const value of ['1.00', '2.00', '3.00']) {
      const id = await alice.payments.create(a.id, {
        amount: { value, currency: 'EUR' },
        counterparty_alias: b.pointer,
        description: `Payment of ${value}`,
      })
      expect((await alice.payments.get(a.id, id)).amount.value).toBe(`-${value}`)
    }
    expect(await balance(alice, a.id)).toBe('494.00')
    expect(await balance(bob, b.id)).toBe('6.00')

    // Newest first, two per page; the older cursor leads to the rest (docs/protocol.md §10.5).
    const first = await alice.payments.list(a.id, { count: 2 })
    expect(first.items.map((p) => p.amount.value)).toEqual(['-3.00', '-2.00'])
    expect(first.pagination.older).not.toBeNull()
    const second = await alice.payments.list(a.id, first.pagination.older!)
    const values = second.items.map((p) => p.amount.value)
    expect(values).toContain('-1.00')
    expect(values).not.toContain('-3.00')

    const received = await bob.payments.list(b.id)
    expect(received.items.map((p) => p.amount.value).sort()).toEqual(['1.00', '2.00', '3.00'])
  })

  it('sends a request to another user, who accepts it; a second one is rejected', async () => {
    const { alice, bob, a, b } = await aliceAndBob({ platform, bank })
    await bob.requestInquiries.create(b.id, sugarDaddyRequest('100.00'))
    await platform.sleep(0)

    const ask = requestTo(b.pointer, '10.00', 'Lunch')
    const first = await alice.requestInquiries.create(a.id, ask)
    const second = await alice.requestInquiries.create(a.id, {
      ...ask,
      description: 'Dinner',
    })
    const incoming = await bob.requestResponses.list(b.id)
    const lunch = incoming.items.find((r) => r.description === 'Lunch')!
    const dinner = incoming.items.find((r) => r.description === 'Dinner')!
    await bob.requestResponses.accept(b.id, lunch.id)
    await bob.requestResponses.reject(b.id, dinner.id)

    expect((await alice.requestInquiries.get(a.id, first)).status).toBe('ACCEPTED')
    expect((await alice.requestInquiries.get(a.id, second)).status).toBe('REJECTED')
    expect(await balance(alice, a.id)).toBe('10.00')
    expect(await balance(bob, b.id)).toBe('90.00')
  })

  it('revokes a pending request', async () => {
    const { alice, a, b } = await aliceAndBob({ platform, bank })
    const ask = requestTo(b.pointer, '5.00', 'Oops')
    const id = await alice.requestInquiries.create(a.id, ask)
    await alice.requestInquiries.revoke(a.id, id)
    expect((await alice.requestInquiries.get(a.id, id)).status).toBe('REVOKED')
    expect((await alice.requestInquiries.list(a.id)).items.map((r) => r.id)).toContain(id)
  })

  it('creates a second account and sets callbacks at user and account level', async () => {
    const alice = await onboardedClient({ platform, bank })
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
    const alice = await onboardedClient({ platform, bank })
    const a = await primaryIban(alice)
    await alice.requestInquiries.create(a.id, sugarDaddyRequest('50.00'))
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
