// The practice bank stores what a real bank stores (docs/security.md, "profile copy"): a keyed
// hash (HMAC-SHA-256 under a per-bank secret) of each API key and token, never the value. A bank
// saved before that, holding plain secrets, is migrated on load and its users keep working.
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createPracticeBank, TEST_OPTIONS, type BankStore } from '../../src/practice-bank'
import type { BankState } from '../../src/practice-bank/state'
import { TestClient } from './support/client'
import { inPageFetch } from './support/faces'

/** A store that keeps the exact text written, as IndexedDB would hold it. */
function textStore(initial: string | null = null) {
  const box = { text: initial, saves: 0 }
  const store: BankStore = {
    load: async () => (box.text === null ? null : (JSON.parse(box.text) as BankState)),
    save: async (state) => {
      box.text = JSON.stringify(state)
      box.saves++
    },
    clear: async () => {
      box.text = null
    },
  }
  return { box, store }
}

function clientOf(bank: ReturnType<typeof createPracticeBank>) {
  return new TestClient(inPageFetch(bank))
}

/** Every spelling of a secret a byte search should try. */
function forms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const hex = /^[0-9a-f]+$/i.test(secret) ? [Buffer.from(secret, 'hex').toString('base64')] : []
  return [secret, bytes.toString('base64'), bytes.toString('hex'), secret.slice(-32), ...hex]
}

describe('practice bank: secrets at rest', () => {
  it('saves no API key, installation token or session token, in any form', async () => {
    const { box, store } = textStore()
    const bank = createPracticeBank({ ...TEST_OPTIONS, store })
    const c = await clientOf(bank).bootstrap()
    const secrets = [c.apiKey, c.installationToken, c.sessionToken]
    expect(secrets.every((s) => s.length >= 64)).toBe(true)
    for (const secret of secrets)
      for (const form of forms(secret)) expect(box.text).not.toContain(form)
  })

  it('stores HMAC-SHA-256 of each under the bank secret (checked with node:crypto)', async () => {
    const { box, store } = textStore()
    const bank = createPracticeBank({ ...TEST_OPTIONS, store })
    const c = await clientOf(bank).bootstrap()
    const state = JSON.parse(box.text!)
    const hmac = (value: string) =>
      createHmac('sha256', Buffer.from(state.secretKey, 'hex')).update(value, 'utf8').digest('hex')
    expect(state.secretKey).toMatch(/^[0-9a-f]{64}$/)
    expect(state.apiKeys.map((k: { keyHash: string }) => k.keyHash)).toContain(hmac(c.apiKey))
    expect(state.installations[0].tokenHash).toBe(hmac(c.installationToken))
    expect(state.sessions[0].tokenHash).toBe(hmac(c.sessionToken))
    expect(state.devices[0].apiKeyHash).toBe(hmac(c.apiKey))
  })

  it('two banks hash the same secret differently (a per-bank secret)', async () => {
    const a = textStore()
    const b = textStore()
    await clientOf(createPracticeBank({ ...TEST_OPTIONS, store: a.store })).bootstrap()
    await clientOf(createPracticeBank({ ...TEST_OPTIONS, store: b.store })).bootstrap()
    expect(JSON.parse(a.box.text!).secretKey).not.toBe(JSON.parse(b.box.text!).secretKey)
  })

  it('a wrong token or key is still refused (hashes compared, not presence)', async () => {
    const bank = createPracticeBank({ ...TEST_OPTIONS, store: textStore().store })
    const c = await clientOf(bank).bootstrap()
    expect(
      (await c.call('GET', '/user', { token: `${c.sessionToken.slice(0, -1)}0` })).status,
    ).toBe(401)
    c.apiKey = `${c.apiKey.slice(0, -1)}x`
    expect(
      (
        await c.call('POST', '/session-server', {
          token: 'installation',
          body: { secret: c.apiKey },
        })
      ).status,
    ).toBe(400)
  })
})

describe('practice bank: migrating a bank saved with plain secrets', () => {
  it('hashes them on load, saves no plain value, and the old key and tokens keep working', async () => {
    // Make a bank the way the old code saved it: plain key, tokens and device key.
    const first = textStore()
    const c = await clientOf(
      createPracticeBank({ ...TEST_OPTIONS, store: first.store }),
    ).bootstrap()
    const state = JSON.parse(first.box.text!)
    delete state.secretKey
    state.apiKeys = state.apiKeys.map(({ keyHash: _h, ...rest }: Record<string, unknown>) => ({
      ...rest,
      key: c.apiKey,
    }))
    state.installations = state.installations.map(
      ({ tokenHash: _h, ...rest }: Record<string, unknown>) => ({
        ...rest,
        token: c.installationToken,
      }),
    )
    state.devices = state.devices.map(({ apiKeyHash: _h, ...rest }: Record<string, unknown>) => ({
      ...rest,
      apiKey: c.apiKey,
    }))
    state.sessions = state.sessions.map(({ tokenHash: _h, ...rest }: Record<string, unknown>) => ({
      ...rest,
      token: c.sessionToken,
    }))
    const old = JSON.stringify(state)
    expect(old).toContain(c.sessionToken)

    const { box, store } = textStore(old)
    const bank = createPracticeBank({ ...TEST_OPTIONS, store })
    await bank.ready
    for (const secret of [c.apiKey, c.installationToken, c.sessionToken])
      for (const form of forms(secret)) expect(box.text).not.toContain(form)
    const again = clientOf(bank)
    Object.assign(again, {
      apiKey: c.apiKey,
      installationToken: c.installationToken,
      sessionToken: c.sessionToken,
      serverPublicKeyPem: c.serverPublicKeyPem,
    })
    expect((await again.ok('GET', '/user')).json.Response[0].UserPerson.id).toBe(c.userId)
    const session = await again.ok('POST', '/session-server', {
      token: 'installation',
      body: { secret: c.apiKey },
    })
    expect(session.status).toBe(200)
  })
})
