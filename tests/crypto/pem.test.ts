import { createPrivateKey, createPublicKey, createSign, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { utf8Encode } from '../../src/crypto/bytes'
import {
  parsePem,
  pemToPrivateKey,
  pemToPublicKey,
  privateKeyToPem,
  publicKeyToPem,
} from '../../src/crypto/pem'
import { generateRsaKeyPair, signBytes, verifyBytes } from '../../src/crypto/rsa'
import { KeyFormatError } from '../../src/errors'

const nodePair = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
})

describe('PEM output', () => {
  it('writes SPKI exactly as bunq expects: BEGIN PUBLIC KEY, 64-character lines, LF, trailing newline', async () => {
    const pair = await generateRsaKeyPair()
    const pem = await publicKeyToPem(pair.publicKey)
    const lines = pem.split('\n')
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----')
    expect(pem.endsWith('-----END PUBLIC KEY-----\n')).toBe(true)
    expect(pem).not.toContain('\r')
    const body = lines.slice(1, -2)
    expect(body.slice(0, -1).every((line) => line.length === 64)).toBe(true)
    expect(body.at(-1)!.length).toBeLessThanOrEqual(64)
    // node:crypto reads it, and writes the very same text back.
    expect(createPublicKey(pem).export({ type: 'spki', format: 'pem' })).toBe(pem)
  })

  it('writes PKCS#8 private keys that node:crypto reads and that sign for the matching public key', async () => {
    const pair = await generateRsaKeyPair({ extractable: true })
    const pem = await privateKeyToPem(pair.privateKey)
    expect(pem.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true)
    const signature = createSign('sha256').update('hello').sign(createPrivateKey(pem), 'base64')
    expect(await verifyBytes(pair.publicKey, utf8Encode('hello'), signature)).toBe(true)
  })
})

describe('PEM input', () => {
  it('reads node:crypto SPKI and PKCS#8 PEMs', async () => {
    const publicKey = await pemToPublicKey(nodePair.publicKey)
    const privateKey = await pemToPrivateKey(nodePair.privateKey)
    const signature = await signBytes(privateKey, utf8Encode('x'))
    expect(await verifyBytes(publicKey, utf8Encode('x'), signature)).toBe(true)
  })

  it('tolerates CRLF, indentation and surrounding text', async () => {
    const messy =
      '\n  note: key follows\r\n' + nodePair.publicKey.replace(/\n/g, '\r\n  ') + '\r\n trailing'
    const key = await pemToPublicKey(messy)
    expect(await publicKeyToPem(key)).toBe(nodePair.publicKey)
  })

  it('reads PKCS#1 keys (BEGIN RSA PRIVATE/PUBLIC KEY) by wrapping them', async () => {
    const pkcs1Private = createPrivateKey(nodePair.privateKey).export({
      type: 'pkcs1',
      format: 'pem',
    }) as string
    const pkcs1Public = createPublicKey(nodePair.publicKey).export({
      type: 'pkcs1',
      format: 'pem',
    }) as string
    const privateKey = await pemToPrivateKey(pkcs1Private)
    const publicKey = await pemToPublicKey(pkcs1Public)
    expect(await publicKeyToPem(publicKey)).toBe(nodePair.publicKey)
    const signature = await signBytes(privateKey, utf8Encode('y'))
    expect(await verifyBytes(publicKey, utf8Encode('y'), signature)).toBe(true)
  })

  it.each([
    ['empty text', '', /empty/],
    ['no PEM block', 'hello world', /not a PEM key/],
    [
      'bad base64',
      '-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----',
      /not valid base64/,
    ],
    [
      'mismatched labels',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      /not a PEM key/,
    ],
    [
      'a certificate',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
      /Expected a PUBLIC KEY/,
    ],
    [
      'valid base64 that is no key',
      '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      /not a valid RSA key/,
    ],
  ])('gives a clear KeyFormatError for %s', async (_name, text, message) => {
    const error = await pemToPublicKey(text).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KeyFormatError)
    expect((error as KeyFormatError).code).toBe('key-format')
    expect((error as Error).message).toMatch(message)
  })

  it('refuses a public key where a private key is expected', async () => {
    await expect(pemToPrivateKey(nodePair.publicKey)).rejects.toThrow(/Expected a PRIVATE KEY/)
    expect(parsePem(nodePair.publicKey).label).toBe('PUBLIC KEY')
  })
})
