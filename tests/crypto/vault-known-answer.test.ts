// The vault envelope checked against a second implementation (docs/architecture.md, "tests by
// contract"; docs/decisions/0006): with fixed key, salt and IVs, what our WebCrypto code writes is
// byte for byte what node:crypto (pbkdf2Sync, aes-256-gcm) writes, and each opens the other's.
import { createCipheriv, createDecipheriv, pbkdf2Sync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { MIN_PBKDF2_ITERATIONS, type PassphraseEnvelope } from '../../src/crypto/vault'
import { derivePassphraseKey, unwrapDataKey, wrapDataKey } from '../../src/crypto/vault-keys'
import { aadFor, openJson, sealJson } from '../../src/crypto/vault-seal'

const PASSPHRASE = 'correct horse battery staple'
const SALT = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')
const DATA_KEY = Buffer.from('42'.repeat(32), 'hex')
const WRAP_IV = Buffer.from('a0a1a2a3a4a5a6a7a8a9aaab', 'hex')
const SEAL_IV = Buffer.from('b0b1b2b3b4b5b6b7b8b9babb', 'hex')
const ITERATIONS = MIN_PBKDF2_ITERATIONS
// The AAD bytes written out by hand: canonical JSON, keys sorted (src/crypto/vault-seal.ts).
const KEY_AAD = '{"bound":{"vault":"main"},"purpose":"bunq-workbench/vault-key","v":1}'
const CONTEXT_AAD = '{"bound":{"id":"ctx-1"},"purpose":"bunq-workbench/context","v":1}'
const CONTEXT = { api_key: 'sandbox_0123', environment: 'SANDBOX', user_id: 42 }

/** A platform whose "random" bytes are the given values, in order. */
function fixedRandom(...values: Buffer[]) {
  const queue = [...values]
  return {
    subtle: crypto.subtle,
    randomBytes: (n: number) => {
      const next = queue.shift()
      if (!next || next.length !== n) throw new Error(`unexpected randomBytes(${n})`)
      return new Uint8Array(next)
    },
  }
}

/** AES-256-GCM in node:crypto: ciphertext followed by the 16-byte tag, as WebCrypto returns it. */
function nodeSeal(key: Buffer, iv: Buffer, aad: string, plaintext: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(aad))
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()])
}

function nodeOpen(key: Buffer, iv: Buffer, aad: string, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
  decipher.setAAD(Buffer.from(aad))
  decipher.setAuthTag(sealed.subarray(sealed.length - 16))
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()])
}

const importDataKey = () =>
  crypto.subtle.importKey('raw', DATA_KEY, 'AES-GCM', true, ['encrypt', 'decrypt'])

describe('vault envelope, known answers from node:crypto', () => {
  const wrappingKey = pbkdf2Sync(PASSPHRASE, SALT, ITERATIONS, 32, 'sha256')

  it('wraps the data key exactly as PBKDF2-SHA256 + AES-256-GCM in node:crypto', async () => {
    const platform = fixedRandom(WRAP_IV)
    expect(new TextDecoder().decode(aadFor('vault-key', { vault: 'main' }))).toBe(KEY_AAD)
    const derived = await derivePassphraseKey(
      platform,
      PASSPHRASE,
      new Uint8Array(SALT),
      ITERATIONS,
    )
    const envelope = (await wrapDataKey(
      platform,
      await importDataKey(),
      derived,
      aadFor('vault-key', { vault: 'main' }),
      {
        iterations: ITERATIONS,
        salt: new Uint8Array(SALT),
      },
    )) as PassphraseEnvelope

    const expected = nodeSeal(wrappingKey, WRAP_IV, KEY_AAD, DATA_KEY)
    expect(envelope).toMatchObject({
      v: 1,
      kdf: 'PBKDF2-SHA256',
      iterations: ITERATIONS,
      salt: SALT.toString('base64'),
      iv: WRAP_IV.toString('base64'),
      ct: expected.toString('base64'),
    })
    expect(nodeOpen(wrappingKey, WRAP_IV, KEY_AAD, Buffer.from(envelope.ct, 'base64'))).toEqual(
      DATA_KEY,
    )
  })

  it('unwraps an envelope that node:crypto wrote', async () => {
    const ct = nodeSeal(wrappingKey, WRAP_IV, KEY_AAD, DATA_KEY)
    const stored = {
      v: 1,
      kdf: 'PBKDF2-SHA256',
      iterations: ITERATIONS,
      salt: SALT.toString('base64'),
      iv: WRAP_IV.toString('base64'),
      ct: ct.toString('base64'),
    }
    const key = await unwrapDataKey(
      fixedRandom(),
      stored,
      aadFor('vault-key', { vault: 'main' }),
      { passphrase: PASSPHRASE },
      { extractable: true },
    )
    expect(Buffer.from(await crypto.subtle.exportKey('raw', key))).toEqual(DATA_KEY)
  })

  it('seals a context as node:crypto does, and opens what node:crypto sealed', async () => {
    const aad = aadFor('context', { id: 'ctx-1' })
    expect(new TextDecoder().decode(aad)).toBe(CONTEXT_AAD)
    const plaintext = Buffer.from(JSON.stringify(CONTEXT))
    const sealed = await sealJson(fixedRandom(SEAL_IV), await importDataKey(), CONTEXT, aad)
    expect(sealed).toEqual({
      v: 1,
      kdf: 'none',
      iv: SEAL_IV.toString('base64'),
      ct: nodeSeal(DATA_KEY, SEAL_IV, CONTEXT_AAD, plaintext).toString('base64'),
    })

    const other = { ...CONTEXT, user_id: 43 }
    const fromNode = {
      v: 1,
      kdf: 'none',
      iv: SEAL_IV.toString('base64'),
      ct: nodeSeal(DATA_KEY, SEAL_IV, CONTEXT_AAD, Buffer.from(JSON.stringify(other))).toString(
        'base64',
      ),
    }
    expect(
      await openJson(fixedRandom(), await importDataKey(), fromNode, aad, 'The context'),
    ).toEqual(other)
  })
})
