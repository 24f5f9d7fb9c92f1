// What WebCrypto signs, node:crypto verifies, and the reverse (docs/architecture.md, "tests by contract").
import { createPublicKey, createSign, createVerify } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { utf8Encode } from '../../src/crypto/bytes'
import { privateKeyToPem, publicKeyToPem } from '../../src/crypto/pem'
import {
  generateRsaKeyPair,
  rsaModulusBits,
  sha256Hex,
  signBytes,
  verifyBytes,
} from '../../src/crypto/rsa'

const bodies = [
  '',
  '{}',
  '{"description":"Café für Zoë — 💸 payment","amount":{"value":"0.10","currency":"EUR"}}',
  '{\n    "secret": "pretty printed"\n}',
]

describe('RSA signing across WebCrypto and node:crypto', () => {
  let pair: CryptoKeyPair
  let publicPem: string
  let privatePem: string

  beforeAll(async () => {
    pair = await generateRsaKeyPair({ extractable: true })
    publicPem = await publicKeyToPem(pair.publicKey)
    privatePem = await privateKeyToPem(pair.privateKey)
  })

  it('makes RSA-2048 keys with exponent 65537 for RSASSA-PKCS1-v1_5/SHA-256', () => {
    expect(rsaModulusBits(pair.publicKey)).toBe(2048)
    const alg = pair.publicKey.algorithm as RsaHashedKeyAlgorithm
    expect(alg.name).toBe('RSASSA-PKCS1-v1_5')
    expect(alg.hash.name).toBe('SHA-256')
    expect(Array.from(alg.publicExponent)).toEqual([1, 0, 1])
    const jwk = createPublicKey(publicPem).export({ format: 'jwk' })
    expect(jwk.e).toBe('AQAB')
  })

  it.each(bodies)('node:crypto verifies what WebCrypto signed: %j', async (body) => {
    const signature = await signBytes(pair.privateKey, utf8Encode(body))
    const ok = createVerify('sha256')
      .update(Buffer.from(body, 'utf8'))
      .verify(publicPem, signature, 'base64')
    expect(ok).toBe(true)
  })

  it.each(bodies)('WebCrypto verifies what node:crypto signed: %j', async (body) => {
    const signature = createSign('sha256')
      .update(Buffer.from(body, 'utf8'))
      .sign(privatePem, 'base64')
    expect(await verifyBytes(pair.publicKey, utf8Encode(body), signature)).toBe(true)
  })

  it('fails verification when one byte of the body is flipped', async () => {
    const bytes = utf8Encode(bodies[2])
    const signature = await signBytes(pair.privateKey, bytes)
    const tampered = bytes.slice()
    tampered[5] ^= 0x01
    expect(await verifyBytes(pair.publicKey, tampered, signature)).toBe(false)
    expect(await verifyBytes(pair.publicKey, bytes, signature)).toBe(true)
  })

  it('fails verification for a flipped signature byte, garbage, or an empty signature', async () => {
    const bytes = utf8Encode('{"a":1}')
    const signature = Buffer.from(await signBytes(pair.privateKey, bytes), 'base64')
    signature[10] ^= 0x80
    expect(await verifyBytes(pair.publicKey, bytes, signature.toString('base64'))).toBe(false)
    expect(await verifyBytes(pair.publicKey, bytes, 'not base64!')).toBe(false)
    expect(await verifyBytes(pair.publicKey, bytes, '')).toBe(false)
  })

  it('signs deterministically, so the signature is the one node:crypto makes for the same bytes', async () => {
    const body = bodies[2]
    const ours = await signBytes(pair.privateKey, utf8Encode(body))
    const theirs = createSign('sha256').update(body, 'utf8').sign(privatePem, 'base64')
    expect(ours).toBe(theirs)
  })

  it('computes the SHA-256 of the signed bytes as node does', async () => {
    const { createHash } = await import('node:crypto')
    const body = bodies[2]
    expect(await sha256Hex(utf8Encode(body))).toBe(
      createHash('sha256').update(body, 'utf8').digest('hex'),
    )
  })

  it('keeps the private key non-extractable unless asked', async () => {
    const locked = await generateRsaKeyPair()
    expect(locked.privateKey.extractable).toBe(false)
    expect(locked.publicKey.extractable).toBe(true)
    await expect(privateKeyToPem(locked.privateKey)).rejects.toThrow()
    const signature = await signBytes(locked.privateKey, utf8Encode('x'))
    expect(await verifyBytes(locked.publicKey, utf8Encode('x'), signature)).toBe(true)
  })
})
