// The bootstrap flows: request shapes and immutable context updates (docs/protocol.md §4).
import { beforeAll, describe, expect, it } from 'vitest'
import { utf8Decode } from '../../src/crypto/bytes'
import { emptyContext, type ApiContext } from '../../src/bunq/context'
import { sessionTimeoutSeconds } from '../../src/bunq/session'
import { EPOCH } from './helpers/fake-platform'
import { testKeys, type TestKeys } from './helpers/keys'
import { scriptedClient } from './helpers/scripted-client'
import { FAKE_API_KEY, FAKE_BANK, ok, readyContext, type Answer } from './helpers/fake-bank'

let keys: TestKeys
beforeAll(async () => {
  keys = await testKeys()
})

function setup(answers: Answer[], context: ApiContext) {
  const { client, requests } = scriptedClient(keys, answers, context)
  return { client, requests }
}
const bodyOf = (r: { body: Uint8Array }) => JSON.parse(utf8Decode(r.body))

describe('flows', () => {
  it('creates a company sandbox user without token, signature or body', async () => {
    const start = readyContext(keys)
    const { client, requests } = setup(
      [{ body: ok([{ ApiKey: { api_key: 'sandbox_new0000000000000000' } }]), signing: 'none' }],
      start,
    )
    const next = await client.createSandboxUser('company')
    expect(new URL(requests[0].url).pathname).toBe('/v1/sandbox-user-company')
    expect(requests[0].headers.get('X-Bunq-Client-Authentication')).toBeNull()
    expect(requests[0].headers.get('X-Bunq-Client-Signature')).toBeNull()
    expect(requests[0].body.byteLength).toBe(0)
    expect(next).toMatchObject({
      apiKey: 'sandbox_new0000000000000000',
      installation: null,
      device: null,
      session: null,
    })
    expect(next.privateKeyPem).toBe(start.privateKeyPem)
    expect(start.apiKey).toBe(FAKE_API_KEY) // the old context object is not mutated
  })

  it('generates a key pair whose PEMs sign and verify, and clears installation onwards', async () => {
    const { client } = setup([], readyContext(keys))
    const next = await client.generateKeyPair()
    expect(next.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
    expect(next.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(next.publicKeyPem).not.toBe(keys.clientPublicPem)
    expect(next.installation).toBeNull()
  })

  it('installs with the public key, unsigned, and reads [Id, Token, ServerPublicKey]', async () => {
    const start = {
      ...emptyContext(FAKE_BANK),
      apiKey: FAKE_API_KEY,
      privateKeyPem: keys.clientPrivatePem,
      publicKeyPem: keys.clientPublicPem,
    }
    const answer = {
      body: ok([
        { Id: { id: 5 } },
        { Token: { id: 6, token: 'inst-token-000000000000' } },
        { ServerPublicKey: { server_public_key: keys.serverPublicPem } },
      ]),
      signing: 'none' as const,
    }
    const { client, requests } = setup([answer], start)
    const next = await client.install()
    expect(bodyOf(requests[0])).toEqual({ client_public_key: keys.clientPublicPem })
    expect(requests[0].headers.get('X-Bunq-Client-Signature')).toBeNull()
    expect(next.installation).toEqual({
      id: 5,
      token: 'inst-token-000000000000',
      serverPublicKeyPem: keys.serverPublicPem,
    })
  })

  it('registers a device with permitted_ips ["*"] by default', async () => {
    const start = { ...readyContext(keys), device: null, session: null }
    const { client, requests } = setup([{ body: ok([{ Id: { id: 35 } }]) }], start)
    const next = await client.registerDevice({ description: 'laptop' })
    expect(bodyOf(requests[0])).toEqual({
      description: 'laptop',
      secret: FAKE_API_KEY,
      permitted_ips: ['*'],
    })
    expect(next.device).toEqual({ id: 35, description: 'laptop' })
  })

  it('opens a session with expiry = send time + session_timeout', async () => {
    const start = { ...readyContext(keys), session: null }
    const answer = {
      body: ok([
        { Id: { id: 1 } },
        { Token: { id: 1, token: 'sess-tok-00000000000000' } },
        { UserCompany: { id: 8, session_timeout: 900 } },
      ]),
    }
    const { client, requests } = setup([answer], start)
    const next = await client.openSession()
    expect(bodyOf(requests[0])).toEqual({ secret: FAKE_API_KEY })
    expect(requests[0].headers.get('X-Bunq-Client-Signature')).toBeTruthy()
    expect(next.session).toMatchObject({
      id: 1,
      token: 'sess-tok-00000000000000',
      userId: 8,
      userType: 'UserCompany',
      expiresAt: EPOCH + 900_000,
    })
  })

  it('ends a session with DELETE /session/{id}', async () => {
    const { client, requests } = setup([{ body: ok([]) }], readyContext(keys))
    const next = await client.endSession()
    expect(requests[0].method).toBe('DELETE')
    expect(new URL(requests[0].url).pathname).toBe('/v1/session/3')
    expect(next.session).toBeNull()
    expect(next.installation).not.toBeNull()
  })

  it('reads session_timeout from the user, or from requested_by_user for UserApiKey', () => {
    expect(sessionTimeoutSeconds('UserPerson', { session_timeout: 3600 })).toBe(3600)
    expect(
      sessionTimeoutSeconds('UserApiKey', {
        requested_by_user: { UserPerson: { session_timeout: 120 } },
      }),
    ).toBe(120)
    expect(sessionTimeoutSeconds('UserPerson', {})).toBe(604800)
  })
})
