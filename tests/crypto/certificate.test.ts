// src/crypto/certificate.ts checked against node:crypto's X509Certificate, an independent parser:
// a certificate made by `openssl req -x509 -newkey rsa:4096` as bunq's PSD2 docs have one made
// (committed: public, no private key kept), and certificates built in the test.
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  parseCertificateChain,
  parseCertificatePem,
  RSA_ENCRYPTION_OID,
} from '../../src/crypto/certificate'
import { KeyFormatError } from '../../src/errors'
import { makeTestCertificate } from '../practice-bank/support/psd2-certificate'

const OPENSSL_PEM = readFileSync(
  join(import.meta.dirname, 'fixtures', 'psd2-openssl-certificate.pem'),
  'utf8',
)

/** Our reading of `pem` against node's reading of `nodePem` (the same certificate, tidy). */
function sameAsNode(pem: string, nodePem = pem) {
  const ours = parseCertificatePem(pem)
  const node = new X509Certificate(nodePem)
  expect(Buffer.from(ours.der).equals(node.raw)).toBe(true)
  expect(
    Buffer.from(ours.spki).equals(node.publicKey.export({ type: 'spki', format: 'der' })),
  ).toBe(true)
  expect(ours.notBefore.getTime()).toBe(new Date(node.validFrom).getTime())
  expect(ours.notAfter.getTime()).toBe(new Date(node.validTo).getTime())
  // node writes one attribute a line; ours joins them with ", " in the same order.
  expect(ours.subject).toBe(node.subject.split('\n').join(', '))
  return ours
}

describe('X.509 certificates in PEM', () => {
  it('reads an openssl-made PSD2 test certificate as node:crypto does', async () => {
    const ours = sameAsNode(OPENSSL_PEM)
    expect(ours.commonName).toBe('Fixture PISP AISP')
    expect(ours.subject).toContain('organizationIdentifier=PSDNL-DNB-R999999')
    expect(ours.keyAlgorithm).toBe(RSA_ENCRYPTION_OID)
    // WebCrypto takes the SubjectPublicKeyInfo as it is: a 4096-bit RSA key.
    const key = await crypto.subtle.importKey(
      'spki',
      ours.spki,
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['verify'],
    )
    expect((key.algorithm as RsaHashedKeyAlgorithm).modulusLength).toBe(4096)
  })

  it('reads certificates built in the test, CRLF and indentation included', () => {
    const cert = makeTestCertificate('Built PISP')
    expect(new X509Certificate(cert.pem).verify(cert.publicKey)).toBe(true)
    sameAsNode(cert.pem)
    sameAsNode(cert.pem.replace(/\n/g, '\r\n  '), cert.pem)
    const ec = parseCertificatePem(makeTestCertificate('EC', { type: 'ec' }).pem)
    expect(ec.keyAlgorithm).not.toBe(RSA_ENCRYPTION_OID)
  })

  it('reads a chain of several blocks, whatever separates them', () => {
    const a = makeTestCertificate('A').pem
    const chain = parseCertificateChain(`${a}\n\n${OPENSSL_PEM}`)
    expect(chain.map((c) => c.commonName)).toEqual(['A', 'Fixture PISP AISP'])
    expect(parseCertificateChain(a.trimEnd() + OPENSSL_PEM)).toHaveLength(2)
  })

  it('refuses what is not one certificate, saying why', () => {
    expect(() => parseCertificatePem('hello')).toThrow(KeyFormatError)
    expect(() => parseCertificatePem('hello')).toThrow(/BEGIN CERTIFICATE/)
    expect(() => parseCertificatePem(OPENSSL_PEM + OPENSSL_PEM)).toThrow(/found 2/)
    expect(() =>
      parseCertificatePem('-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----'),
    ).toThrow(/base64/)
    expect(() =>
      parseCertificatePem('-----BEGIN CERTIFICATE-----\nMAMCAQE=\n-----END CERTIFICATE-----'),
    ).toThrow(/X\.509/)
    expect(() => parseCertificateChain('')).toThrow(KeyFormatError)
  })
})
