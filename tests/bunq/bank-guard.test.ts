// A token goes only to the bank that issued it (docs/decisions/0023): the pipeline refuses a
// request whose target is not its context's bank BEFORE anything is signed or sent. The context
// here is a real one, onboarded on the in-page practice bank; the "other bank" is a recording
// transport that would answer anything, so every refusal is proven by zero recorded requests.
import { beforeAll, describe, expect, it } from 'vitest'
import { assertContextBank } from '../../src/bunq/bank-guard'
import { bankEndpoint, type BankBinding } from '../../src/bunq/bank'
import { createBunqClient, memoryContextHolder, type BunqClient } from '../../src/bunq/client'
import { SANDBOX_BASE_URL, type ApiContext } from '../../src/bunq/context'
import { WrongBankError } from '../../src/bunq/errors'
import type { ExchangeEvent } from '../../src/bunq/exchange'
import { FAKE_BANK, FAKE_BANK_URL, ok, readyContext } from './helpers/fake-bank'
import { fakePlatform } from './helpers/fake-platform'
import { testKeys, type TestKeys } from './helpers/keys'
import { onboardedClient } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'
import { scriptedClient } from './helpers/scripted-client'

let keys: TestKeys
let practiceContext: ApiContext

beforeAll(async () => {
  keys = await testKeys()
  const client = await onboardedClient(
    await practiceBankOnFakeClock(),
    {},
    { device: { description: 'bank guard test' } },
  )
  practiceContext = client.context
})

/** A client for another bank whose transport records every request and answers none. */
function clientElsewhere(context: ApiContext, baseUrl: string) {
  const sent: Request[] = []
  const events: ExchangeEvent[] = []
  const client = createBunqClient({
    platform: fakePlatform(),
    transport: async (request) => {
      sent.push(request)
      return new Response('{"Response":[]}', { status: 200 })
    },
    transportKind: 'direct',
    baseUrl,
    context: memoryContextHolder(context),
    onExchange: (event) => events.push(event),
    rateLimit: { enabled: false },
  })
  return { client, sent, events }
}

/** Every kind of call a view makes: reads, a payment, the console, every onboarding flow. */
const ACTIONS: Array<[string, (client: BunqClient) => Promise<unknown>]> = [
  ['GET /user', (c) => c.users.list()],
  ['list accounts', (c) => c.monetaryAccounts.list()],
  [
    'a payment',
    (c) =>
      c.request({
        method: 'POST',
        path: '/user/1/monetary-account/1/payment',
        body: { amount: { value: '1.00', currency: 'EUR' } },
      }),
  ],
  ['a console call', (c) => c.call('GET', '/user/{userID}/monetary-account')],
  ['create sandbox user', (c) => c.createSandboxUser('person')],
  ['install', (c) => c.install()],
  ['register device', (c) => c.registerDevice()],
  ['open session', (c) => c.openSession()],
  ['end session', (c) => c.endSession()],
]

describe('a request goes only to its context’s bank', () => {
  it('the practice context has real practice-bank tokens to protect', () => {
    expect(practiceContext.bank).toEqual({ kind: 'practice-in-page' })
    expect(practiceContext.apiKey).toMatch(/^sandbox_/)
    expect(practiceContext.installation?.token).toBeTruthy()
    expect(practiceContext.session?.token).toBeTruthy()
  })

  it.each(ACTIONS)('%s to the bunq sandbox fails closed, nothing sent', async (_, action) => {
    const { client, sent, events } = clientElsewhere(practiceContext, SANDBOX_BASE_URL)
    const error = await action(client).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WrongBankError)
    expect((error as WrongBankError).code).toBe('wrong-bank')
    expect(sent).toHaveLength(0)
    expect(events).toHaveLength(0) // nothing reached the transport, so no exchange either
    // The explanation names the banks, never a secret.
    const text = `${(error as Error).message} ${(error as WrongBankError).hint}`
    expect(text).toContain('https://public-api.sandbox.bunq.com')
    expect(text).toContain('Practice bank (this page)')
    for (const secret of [
      practiceContext.apiKey!,
      practiceContext.installation!.token,
      practiceContext.session!.token,
    ])
      expect(text).not.toContain(secret)
  })

  it('a session about to expire is not renewed at the wrong bank either', async () => {
    const expiring = { ...practiceContext, session: { ...practiceContext.session!, expiresAt: 0 } }
    const { client, sent } = clientElsewhere(expiring, SANDBOX_BASE_URL)
    await expect(client.users.list()).rejects.toMatchObject({ code: 'wrong-bank' })
    expect(sent).toHaveLength(0)
  })

  it('the same bank by another route is another target: a relay is not the direct sandbox', async () => {
    const direct: BankBinding = { kind: 'bunq-sandbox' }
    const context = { ...readyContext(keys), bank: direct }
    const { client, sent } = clientElsewhere(context, 'http://127.0.0.1:8787/v1')
    await expect(client.users.list()).rejects.toMatchObject({ code: 'wrong-bank' })
    expect(sent).toHaveLength(0)
  })

  it('a context that names no bank sends nothing anywhere', async () => {
    const { bank: _dropped, ...legacy } = readyContext(keys)
    const { client, sent } = clientElsewhere(legacy as ApiContext, FAKE_BANK_URL)
    await expect(client.users.list()).rejects.toMatchObject({ code: 'wrong-bank' })
    expect(sent).toHaveLength(0)
  })

  it('a path that climbs out of the bank is refused after URL resolution', async () => {
    const { client, sent } = clientElsewhere(readyContext(keys), FAKE_BANK_URL)
    for (const path of ['/../admin', '/%2e%2e/admin', '/user/../../elsewhere'])
      await expect(client.request({ method: 'GET', path })).rejects.toMatchObject({
        code: 'wrong-bank',
      })
    expect(sent).toHaveLength(0)
  })

  it('the context’s own bank gets the call, with its token (the guard is not a blanket no)', async () => {
    const { client, requests } = scriptedClient(
      keys,
      [{ body: ok([{ UserPerson: { id: 42 } }]) }],
      readyContext(keys),
    )
    await client.users.list()
    expect(requests.map((r) => r.url)).toEqual([`${FAKE_BANK_URL}/user`])
  })

  it('each bank has its own endpoint, and the guard compares against it', () => {
    const context = readyContext(keys)
    expect(bankEndpoint(FAKE_BANK)).toBe(FAKE_BANK_URL)
    expect(() => assertContextBank(context, FAKE_BANK_URL, `${FAKE_BANK_URL}/user`)).not.toThrow()
    expect(() =>
      assertContextBank(context, 'https://bank.test/v2', 'https://bank.test/v2/user'),
    ).toThrow(WrongBankError)
    expect(() =>
      assertContextBank(context, FAKE_BANK_URL, 'https://bank.test.evil.example/v1/user'),
    ).toThrow(WrongBankError)
    expect(() =>
      assertContextBank(
        { ...context, bank: { kind: 'bunq-production' } },
        SANDBOX_BASE_URL,
        `${SANDBOX_BASE_URL}/user`,
      ),
    ).toThrow(WrongBankError)
  })
})
