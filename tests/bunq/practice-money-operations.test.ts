// The protocol core's typed money-operation endpoints against the practice bank, in process:
// a batch, a draft accepted and one rejected, a scheduled payment run by moving the practice
// clock, a bunq.me tab, a savings account, closing an account (docs/decisions/0016).
import { describe, expect, it } from 'vitest'
import type { BunqClient } from '../../src/bunq/client'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import { aliceAndBob } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'

const cents = async (c: BunqClient, id: number) =>
  Math.round(Number((await c.monetaryAccounts.get(id)).account.balance.value) * 100)
const eur = (value: string) => ({ value, currency: 'EUR' })

describe('typed money operations against the practice bank', () => {
  it('batch, drafts, schedule on the practice clock, tab, savings, close', async () => {
    const world = await practiceBankOnFakeClock()
    const { platform, bank } = world
    const { alice, bob, a, b } = await aliceAndBob(world, 'Practice user')
    await alice.requestInquiries.create(a.id, sugarDaddyRequest('100.00'))
    const sum = async () => (await cents(alice, a.id)) + (await cents(bob, b.id))
    expect(await sum()).toBe(10000)

    const batch = await alice.paymentBatches.create(a.id, [
      { amount: eur('1.00'), counterparty_alias: b.pointer, description: 'one' },
      { amount: eur('2.00'), counterparty_alias: b.pointer, description: 'two' },
    ])
    expect((await alice.paymentBatches.list(a.id)).items[0].id).toBe(batch)
    expect(await cents(bob, b.id)).toBe(300)

    const yes = await alice.draftPayments.create(a.id, [
      { amount: eur('5.00'), counterparty_alias: b.pointer, description: 'yes' },
    ])
    const no = await alice.draftPayments.create(a.id, [
      { amount: eur('6.00'), counterparty_alias: b.pointer, description: 'no' },
    ])
    expect((await alice.draftPayments.list(a.id)).items.map((d) => d.status)).toEqual([
      'PENDING',
      'PENDING',
    ])
    await alice.draftPayments.accept(a.id, yes)
    await alice.draftPayments.reject(a.id, no)
    await expect(alice.draftPayments.accept(a.id, yes)).rejects.toThrow()
    expect(await cents(bob, b.id)).toBe(800)

    const start = new Date(platform.now() + 3600e3).toISOString().replace('T', ' ').slice(0, 19)
    const scheduled = await alice.schedulePayments.create(
      a.id,
      { amount: eur('10.00'), counterparty_alias: b.pointer, description: 'weekly' },
      { time_start: start, recurrence_unit: 'WEEKLY', recurrence_size: 1 },
    )
    expect(await bank.clock.travel(2 * 3600e3)).toBe(1)
    expect(await cents(bob, b.id)).toBe(1800)
    await alice.schedulePayments.cancel(a.id, scheduled)
    expect(await bank.clock.travel(7 * 86400e3)).toBe(0)
    expect((await alice.schedulePayments.list(a.id)).items[0].status).toBe('CANCELLED')

    const tabId = await bob.bunqmeTabs.create(b.id, eur('4.00'), 'Pizza')
    const tab = await bob.bunqmeTabs.get(b.id, tabId)
    const aliceEmail = (
      (await alice.users.current()).user.alias as { type: string; value: string }[]
    ).find((x) => x.type === 'EMAIL')!.value
    const responseId = await bank.openBunqmeTab(tab.bunqme_tab_share_url, aliceEmail)
    await alice.requestResponses.accept(a.id, responseId)
    expect((await bob.bunqmeTabs.get(b.id, tabId)).result_inquiries).toHaveLength(1)
    expect(await sum()).toBe(10000)

    const savings = await alice.savingsAccounts.create('Holiday', eur('50.00'))
    expect((await alice.savingsAccounts.list()).items[0]).toMatchObject({
      id: savings,
      description: 'Holiday',
    })
    const second = await alice.monetaryAccounts.create({ currency: 'EUR', description: 'Spare' })
    await alice.bankAccounts.close(second)
    expect((await alice.monetaryAccounts.get(second)).account.status).toBe('CANCELLED')
    // The primary account is still the first ACTIVE one (docs/decisions/0015).
    expect((await alice.monetaryAccounts.primary()).account.id).toBe(a.id)
  })
})
