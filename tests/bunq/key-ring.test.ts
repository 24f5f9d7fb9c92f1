// Keys that sign are non-extractable in memory (house style 7), cached by PEM.
import { describe, expect, it } from 'vitest'
import { KeyRing } from '../../src/bunq/key-ring'
import { testKeys } from './helpers/keys'

describe('KeyRing', () => {
  it('imports the signing key non-extractable and reuses it for the same PEM', async () => {
    const keys = await testKeys()
    const ring = new KeyRing(globalThis.crypto.subtle)
    const key = await ring.signingKey(keys.clientPrivatePem)
    expect(key.extractable).toBe(false)
    expect(key.usages).toEqual(['sign'])
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow()
    expect(await ring.signingKey(keys.clientPrivatePem)).toBe(key)
    ring.clear()
    expect(await ring.signingKey(keys.clientPrivatePem)).not.toBe(key)
  })

  it('fails with key-format on a bad PEM, and recovers for a good one', async () => {
    const keys = await testKeys()
    const ring = new KeyRing(globalThis.crypto.subtle)
    await expect(ring.serverKey('not a pem')).rejects.toMatchObject({ code: 'key-format' })
    const key = await ring.serverKey(keys.serverPublicPem)
    expect(key.type).toBe('public')
  })
})
