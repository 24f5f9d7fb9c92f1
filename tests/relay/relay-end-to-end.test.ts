// The protocol core, unchanged, through the relay transport to the practice bank server on
// loopback: onboarding, a Sugar Daddy top-up and a payment, with every server signature verified
// over the bytes the relay passed on (docs/protocol.md §6, §11.3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBunqClient, memoryContextHolder } from '../../src/bunq/client'
import type { BunqClient } from '../../src/bunq/client'
import { emptyContext, type BankBinding } from '../../src/bunq/context'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import type { Exchange } from '../../src/bunq/exchange'
import { createBrowserPlatform } from '../../src/platform/browser-platform'
import { createTransport } from '../../src/transport/create-transport'
import type { TransportHandle } from '../../src/transport/create-transport'
import { startPracticeBankServer } from '../../scripts/practice-bank-server'
import { startRelay } from '../../scripts/relay.mjs'

const platform = createBrowserPlatform()
const cleanup: Array<() => Promise<void>> = []
const exchanges: Exchange[] = []
let relayed: TransportHandle
let direct: TransportHandle

beforeAll(async () => {
  // cors 'bunq': the server refuses browser preflights, as bunq reportedly does (§11.1).
  const bank = await startPracticeBankServer({
    port: 0,
    cors: 'bunq',
    rateLimits: 'off',
    sugarDaddyDelayMs: 0,
  })
  cleanup.push(bank.close)
  const relay = await startRelay({
    port: 0,
    target: bank.url,
    allowOrigins: ['http://localhost:5173'],
    allowNoOrigin: true, // the core runs in Node here: fetch sends no Origin
  })
  cleanup.push(relay.close)
  relayed = createTransport({ kind: 'relay', relayUrl: relay.url }, platform)
  direct = createTransport({ kind: 'direct', baseUrl: bank.url }, platform)
})
afterAll(async () => {
  while (cleanup.length) await cleanup.pop()!()
})

/**
 * The bank a context on this handle belongs to: the page cannot see a relay's target, so a relay
 * context is bunq's sandbox through that relay (src/bunq/bank.ts `bankOf`); direct, the server.
 */
function bankFor(handle: TransportHandle): BankBinding {
  return handle.kind === 'relay'
    ? { kind: 'bunq-sandbox', relayUrl: handle.baseUrl.replace(/\/v1$/, '') }
    : { kind: 'practice-server', baseUrl: handle.baseUrl }
}

async function onboarded(handle: TransportHandle): Promise<BunqClient> {
  const client = createBunqClient({
    platform,
    transport: handle.transport,
    transportKind: handle.kind,
    baseUrl: handle.baseUrl,
    context: memoryContextHolder(emptyContext(bankFor(handle))),
    rateLimit: { enabled: false },
    onExchange: ({ raw }) => exchanges.push(raw),
  })
  await client.createSandboxUser('person')
  await client.generateKeyPair()
  await client.install()
  await client.registerDevice({ description: 'relay test' })
  await client.openSession()
  return client
}

describe('the core through the relay to the practice bank server', () => {
  it('diagnoses the relay as usable', async () => {
    expect((await relayed.diagnose())?.code).toBe('ok')
  })

  it('onboards, tops up and pays with every server signature verified', async () => {
    const alice = await onboarded(relayed)
    const bob = await onboarded(direct) // the same bank, reached without the relay
    const { account: a } = await alice.monetaryAccounts.primary()
    const { account: b } = await bob.monetaryAccounts.primary()
    const iban = b.alias.find((alias) => alias.type === 'IBAN')!

    await alice.requestInquiries.create(a.id, sugarDaddyRequest('100.00'))
    await platform.sleep(20) // Sugar Daddy's zero delay still runs on the server's clock
    const paymentId = await alice.payments.create(a.id, {
      amount: { value: '12.34', currency: 'EUR' },
      counterparty_alias: { type: 'IBAN', value: iban.value, name: iban.name ?? 'Bob' },
      description: 'Through the relay: café €',
    })
    expect((await alice.payments.get(a.id, paymentId)).amount.value).toBe('-12.34')
    expect((await alice.monetaryAccounts.get(a.id)).account.balance.value).toBe('87.66')

    const viaRelay = exchanges.filter((exchange) => exchange.transport === 'relay')
    const signed = viaRelay.filter((exchange) => exchange.serverSignature === 'verified')
    expect(signed.length).toBeGreaterThanOrEqual(7) // device, session, accounts, inquiry, payment, reads
    expect(viaRelay.every((e) => ['verified', 'not-expected'].includes(e.serverSignature))).toBe(
      true,
    )
    expect(viaRelay.every((exchange) => exchange.request.url.startsWith(relayed.baseUrl))).toBe(
      true,
    )
  })
})
