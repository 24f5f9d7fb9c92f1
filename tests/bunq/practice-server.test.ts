// The protocol core against the practice bank's OTHER face: the HTTP server on loopback (the
// Contract: install -> device -> session -> top-up -> payment -> list against both faces; the
// in-process face is covered by practice-money.test.ts). Real fetch, real clock, real sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPracticeBankServer } from '../../scripts/practice-bank-server'
import type { BunqClient } from '../../src/bunq/client'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import type { ExchangeEvent } from '../../src/bunq/exchange'
import { TEST_OPTIONS } from '../../src/practice-bank'
import { onboard, practiceServerClient } from './helpers/onboarded-client'

let server: Awaited<ReturnType<typeof startPracticeBankServer>>
const exchanges: ExchangeEvent[] = []

function newClient(): BunqClient {
  return practiceServerClient(server.url, { onExchange: (event) => exchanges.push(event) })
}

const device = { description: 'practice-server test' }

beforeAll(async () => {
  server = await startPracticeBankServer({ port: 0, ...TEST_OPTIONS })
})
afterAll(() => server.close())

describe('the protocol core against the practice bank server over HTTP', () => {
  it('installs, registers, opens a session, tops up, pays a second user and lists the payment', async () => {
    const alice = newClient()
    const bob = newClient()
    await onboard(alice, { device })
    await onboard(bob, { device })
    const { account: aliceAccount } = await alice.monetaryAccounts.primary()
    const { account: bobAccount } = await bob.monetaryAccounts.primary()
    const bobIban = bobAccount.alias.find((a) => a.type === 'IBAN')!

    await alice.requestInquiries.create(aliceAccount.id, sugarDaddyRequest('100.00'))
    expect((await alice.monetaryAccounts.get(aliceAccount.id)).account.balance.value).toBe('100.00')

    await alice.payments.create(aliceAccount.id, {
      amount: { value: '12.34', currency: 'EUR' },
      counterparty_alias: { type: 'IBAN', value: bobIban.value, name: 'Bob' },
      description: 'Über-fast café ☕',
    })
    const page = await alice.payments.list(aliceAccount.id, { count: 10 })
    expect(page.items[0].amount).toEqual({ value: '-12.34', currency: 'EUR' })
    expect(page.items[0].description).toBe('Über-fast café ☕')
    expect((await bob.monetaryAccounts.get(bobAccount.id)).account.balance.value).toBe('12.34')

    // Every 200 after installation came signed by the server and verified in the client.
    const afterInstall = exchanges.filter(
      (e) =>
        e.raw.response?.status === 200 && !/sandbox-user|\/installation$/.test(e.raw.request.url),
    )
    expect(afterInstall.length).toBeGreaterThan(8)
    expect(afterInstall.every((e) => e.raw.serverSignature === 'verified')).toBe(true)
  })
})
