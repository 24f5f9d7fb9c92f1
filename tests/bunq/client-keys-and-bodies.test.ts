// Phase 3 core refinements: the client signs with a non-extractable CryptoKey from a provider while
// the context holds no private PEM (docs/architecture.md, "non-extractable keys"); a string body is signed and sent byte for byte
// (docs/architecture.md, "serialize once"); a refused renewal says to create a new sandbox user (docs/protocol.md §4.6, §8).
import { beforeAll, describe, expect, it } from 'vitest'
import { type ContextHolder } from '../../src/bunq/client'
import { emptyContext, onboardingStage } from '../../src/bunq/context'
import type { ApiContext } from '../../src/bunq/context'
import { RENEWAL_REFUSED_HINT } from '../../src/bunq/api-error-factory'
import { utf8Decode, utf8Encode } from '../../src/crypto/bytes'
import { pemToPrivateKey, pemToPublicKey } from '../../src/crypto/pem'
import { verifyBytes } from '../../src/crypto/rsa'
import { bunqError, ok, readyContext, type Answer } from './helpers/fake-bank'
import { testKeys, type TestKeys } from './helpers/keys'
import { practiceClient } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'
import { scriptedClient } from './helpers/scripted-client'

let keys: TestKeys
beforeAll(async () => {
  keys = await testKeys()
})

const subtle = globalThis.crypto.subtle

/**
 * A holder that behaves like the vault: a new private PEM is "encrypted" (kept aside here as the
 * store would), imported as a non-extractable CryptoKey, and dropped from the context in memory.
 */
function vaultLikeHolder(initial: ApiContext) {
  let current = initial
  let stored: string | null = null
  let key: CryptoKey | null = null
  const holder: ContextHolder = {
    get: () => current,
    set: async (next) => {
      if (next.privateKeyPem) {
        stored = next.privateKeyPem
        key = await pemToPrivateKey(next.privateKeyPem, { extractable: false }, subtle)
      }
      current = { ...next, privateKeyPem: null }
    },
  }
  return { holder, key: () => key, stored: () => stored, context: () => current }
}

describe('signing key from a provider, no PEM in memory', () => {
  it('bootstraps and reads accounts on the practice bank with a context that never holds the PEM', async () => {
    const world = await practiceBankOnFakeClock()
    const { platform } = world
    const vault = vaultLikeHolder(emptyContext())
    const asked: string[] = []
    const make = () =>
      practiceClient(world, {
        context: vault.holder,
        signingKey: (context) => {
          asked.push(context.publicKeyPem ?? '')
          return vault.key()
        },
      })
    const client = make()
    await client.createSandboxUser('person')
    await client.generateKeyPair()
    expect(vault.stored()).toContain('BEGIN PRIVATE KEY') // the PEM went to the store once
    expect(client.context.privateKeyPem).toBeNull()
    expect(onboardingStage(client.context, platform.now())).toBe('key-pair')
    await client.install()
    await client.registerDevice()
    await client.openSession()
    expect(onboardingStage(client.context, platform.now())).toBe('session')
    expect(asked).toEqual([]) // the freshly generated key was remembered

    // A new client (a reload, a lock and unlock): only the provider's CryptoKey can sign.
    const after = make()
    const { account } = await after.monetaryAccounts.primary()
    expect(account.id).toEqual(expect.any(Number))
    expect(asked).toEqual([client.context.publicKeyPem])
    expect(vault.key()?.extractable).toBe(false)
  })

  it('refuses to sign without a key: "Generate key pair", nothing sent', async () => {
    const { client, requests } = scriptedClient(
      keys,
      [],
      readyContext(keys, { privateKeyPem: null }),
      { signingKey: () => null },
    )
    await expect(client.users.current()).rejects.toMatchObject({
      code: 'no-context',
      hint: 'Run "Generate key pair" on the Onboarding page first.',
    })
    expect(requests).toHaveLength(0)
  })
})

describe('raw body text', () => {
  it('signs and sends a string body exactly as typed, spacing and key order kept', async () => {
    const { client, requests } = scriptedClient(
      keys,
      [{ body: ok([{ Id: { id: 5 } }]) }],
      readyContext(keys),
      { rateLimit: { enabled: false } },
    )
    const typed = '{\n  "description": "Café 💸",   "currency" : "EUR"\n}'
    await client.call('POST', '/user/{userID}/monetary-account-bank', typed)
    const sent = requests[0]
    expect(utf8Decode(sent.body)).toBe(typed)
    expect(sent.url).toBe('https://bank.test/v1/user/42/monetary-account-bank')
    const publicKey = await pemToPublicKey(keys.clientPublicPem)
    const signature = sent.headers.get('X-Bunq-Client-Signature')!
    expect(await verifyBytes(publicKey, utf8Encode(typed), signature)).toBe(true)
    const reserialised = JSON.stringify(JSON.parse(typed))
    expect(await verifyBytes(publicKey, utf8Encode(reserialised), signature)).toBe(false)
  })

  it('still serialises an object body once with JSON.stringify', async () => {
    const { client, requests } = scriptedClient(
      keys,
      [{ body: ok([{ Id: { id: 5 } }]) }],
      readyContext(keys),
    )
    await client.call('POST', '/user/{userID}/monetary-account-bank', { currency: 'EUR' })
    expect(utf8Decode(requests[0].body)).toBe('{"currency":"EUR"}')
  })
})

describe('hints after a sandbox reset', () => {
  const expired: Answer = { status: 401, body: bunqError('Insufficient authorisation.') }

  function client(answers: Answer[]) {
    return scriptedClient(keys, answers, readyContext(keys), { rateLimit: { enabled: false } })
  }

  it('a read whose renewal is refused too says: create a new sandbox user', async () => {
    const { client: c, requests } = client([expired, expired])
    const error = await c.users.current().catch((e: unknown) => e)
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'GET /v1/user/42',
      'POST /v1/session-server',
    ])
    expect(error).toMatchObject({ code: 'session-expired', hint: RENEWAL_REFUSED_HINT })
    expect(RENEWAL_REFUSED_HINT).toMatch(/create a new sandbox user/)
    expect((error as { responseId: string }).responseId).toBe('fake-response-id-0001')
  })

  it('a renewal refused for the API key says the same', async () => {
    const refused: Answer = {
      status: 400,
      body: bunqError('User credentials are incorrect. Incorrect API key or IP address.'),
    }
    const { client: c } = client([expired, refused])
    await expect(c.users.current()).rejects.toMatchObject({
      code: 'bad-api-key-or-ip',
      hint: RENEWAL_REFUSED_HINT,
    })
  })

  it('an explicit open refused with "Insufficient authorisation" says the same', async () => {
    const { client: c } = client([expired])
    await expect(c.openSession()).rejects.toMatchObject({
      code: 'session-expired',
      hint: RENEWAL_REFUSED_HINT,
    })
  })

  it('a first-hand answer keeps a hint that names the sandbox reset fix', async () => {
    const { client: c } = client([expired])
    // A POST is never re-sent, so the payment's own 401 is what the user sees.
    const error = await c
      .call('POST', '/user/{userID}/monetary-account/1/payment', {})
      .catch((e) => e)
    expect(error).toMatchObject({ code: 'session-expired' })
    expect((error as { hint: string }).hint).toMatch(/Renew the session/)
    expect((error as { hint: string }).hint).toMatch(/create a new sandbox user/)
  })
})
