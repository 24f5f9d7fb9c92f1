// The envelope (docs/architecture.md, "versioned envelope"): one parser, AES-GCM with AAD, PBKDF2 wrapping.
import { describe, expect, it } from 'vitest'
import { MIN_PBKDF2_ITERATIONS, parseEnvelope } from '../../src/crypto/vault'
import {
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
  derivePassphraseKey,
} from '../../src/crypto/vault-keys'
import { aadFor, canonicalJson, openJson, sealJson } from '../../src/crypto/vault-seal'

const c = {
  subtle: crypto.subtle,
  randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
}

async function codeOf(p: Promise<unknown>) {
  return p.then(
    () => 'no error',
    (e: { code: string }) => e.code,
  )
}

describe('vault envelope', () => {
  it('seals JSON so only the same key and AAD open it', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ])
    const aad = aadFor('context', { id: 'a' })
    const env = await sealJson(c, key, { secret: 'FAKE' }, aad)
    expect(env).toMatchObject({ v: 1, kdf: 'none' })
    expect(JSON.stringify(env)).not.toContain('FAKE')
    expect(await openJson(c, key, env, aad, 'x')).toEqual({ secret: 'FAKE' })
    expect(await codeOf(openJson(c, key, env, aadFor('context', { id: 'b' }), 'x'))).toBe(
      'vault-damaged',
    )
    const other = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ])
    expect(await codeOf(openJson(c, other, env, aad, 'x'))).toBe('vault-damaged')
  })

  it('refuses every malformed envelope with vault-damaged', () => {
    const good = { v: 1, kdf: 'none', iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAAAAAAAAAAAAAAAAAAAA==' }
    const bad: unknown[] = [
      null,
      'text',
      { ...good, v: 2 },
      { ...good, kdf: 'scrypt' },
      { ...good, iv: 'AAAA' },
      { ...good, ct: 'not base64!' },
      { ...good, kdf: 'PBKDF2-SHA256', salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
      {
        ...good,
        kdf: 'PBKDF2-SHA256',
        iterations: MIN_PBKDF2_ITERATIONS - 1,
        salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      },
    ]
    expect(parseEnvelope(good, 'x').envelope.kdf).toBe('none')
    for (const value of bad)
      expect(() => parseEnvelope(value, 'x'), JSON.stringify(value)).toThrow(/damaged/)
  })

  it('wraps a data key under a passphrase; the wrong one gives wrong-passphrase', async () => {
    const dataKey = await generateDataKey(c)
    const salt = c.randomBytes(16)
    const aad = aadFor('data-key', { vaultId: 'v' })
    const wrapping = await derivePassphraseKey(c, 'right passphrase', salt, 1000)
    const env = await wrapDataKey(c, dataKey, wrapping, aad, { iterations: 1000, salt })
    const opts = { minIterations: 1000 }
    const opened = await unwrapDataKey(c, env, aad, { passphrase: 'right passphrase' }, opts)
    expect(opened.extractable).toBe(false)
    expect(await codeOf(unwrapDataKey(c, env, aad, { passphrase: 'wrong passphrase' }, opts))).toBe(
      'wrong-passphrase',
    )
  })

  it('writes canonical JSON: key order does not change the AAD', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: 1 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":1,"z":0}]},"b":1}',
    )
  })
})
