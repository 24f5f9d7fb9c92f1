// Keys that sign are non-extractable in memory (docs/architecture.md, "non-extractable keys"): from the context's own PEM, from
// the key remembered for its public key, or from the app's provider (the vault's CryptoKey).
import { describe, expect, it } from 'vitest'
import { emptyContext, type ApiContext } from '../../src/bunq/context'
import { KeyRing } from '../../src/bunq/key-ring'
import { pemToPrivateKey, privateKeyToPem } from '../../src/crypto/pem'
import { testKeys } from './helpers/keys'

const subtle = globalThis.crypto.subtle

function withKeys(privateKeyPem: string | null, publicKeyPem: string | null): ApiContext {
  return { ...emptyContext(), privateKeyPem, publicKeyPem }
}

describe('KeyRing', () => {
  it('imports the signing key non-extractable and reuses it for the same PEM', async () => {
    const keys = await testKeys()
    const ring = new KeyRing(subtle)
    const context = withKeys(keys.clientPrivatePem, keys.clientPublicPem)
    const key = (await ring.signingKey(context))!
    expect(key.extractable).toBe(false)
    expect(key.usages).toEqual(['sign'])
    await expect(subtle.exportKey('pkcs8', key)).rejects.toThrow()
    expect(await ring.signingKey(context)).toBe(key)
    ring.clear()
    expect(await ring.signingKey(context)).not.toBe(key)
  })

  it('signs a PEM-less context with the provider’s key, asked once per public key', async () => {
    const keys = await testKeys()
    const vaultKey = await pemToPrivateKey(keys.clientPrivatePem, { extractable: false }, subtle)
    const asked: ApiContext[] = []
    const ring = new KeyRing(subtle, (context) => {
      asked.push(context)
      return context.publicKeyPem === keys.clientPublicPem ? vaultKey : null
    })
    const context = withKeys(null, keys.clientPublicPem)
    expect(await ring.signingKey(context)).toBe(vaultKey)
    expect(await ring.signingKey(context)).toBe(vaultKey)
    expect(asked).toHaveLength(1)
    // Another public key: the provider has none, so there is no key (and nothing is cached).
    expect(await ring.signingKey(withKeys(null, keys.serverPublicPem))).toBeNull()
    expect(await ring.signingKey(withKeys(null, keys.serverPublicPem))).toBeNull()
    expect(asked).toHaveLength(3)
    expect(await ring.signingKey(withKeys(null, null))).toBeNull()
  })

  it('has no key for a PEM-less context without a provider, unless one was remembered', async () => {
    const keys = await testKeys()
    const ring = new KeyRing(subtle)
    const context = withKeys(null, keys.clientPublicPem)
    expect(await ring.signingKey(context)).toBeNull()
    const fresh = await pemToPrivateKey(keys.clientPrivatePem, { extractable: false }, subtle)
    ring.remember(keys.clientPrivatePem, keys.clientPublicPem, fresh)
    expect(await ring.signingKey(context)).toBe(fresh)
  })

  it('lets a context’s own PEM win over a key remembered for the same public key', async () => {
    // The "wrong key" lesson pairs a stranger's private PEM with the user's public key.
    const keys = await testKeys()
    const ring = new KeyRing(subtle, () => {
      throw new Error('the provider must not be asked')
    })
    const remembered = await pemToPrivateKey(keys.clientPrivatePem, { extractable: false }, subtle)
    ring.remember(keys.clientPrivatePem, keys.clientPublicPem, remembered)
    const other = await privateKeyToPem(keys.server.privateKey) // another pair's private key
    const own = await ring.signingKey(withKeys(other, keys.clientPublicPem))
    expect(own).not.toBe(remembered)
    expect(own?.extractable).toBe(false)
  })

  it('fails with key-format on a bad PEM, and recovers for a good one', async () => {
    const keys = await testKeys()
    const ring = new KeyRing(subtle)
    await expect(ring.serverKey('not a pem')).rejects.toMatchObject({ code: 'key-format' })
    const key = await ring.serverKey(keys.serverPublicPem)
    expect(key.type).toBe('public')
  })
})
