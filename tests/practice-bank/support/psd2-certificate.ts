import { AsnConvert } from '@peculiar/asn1-schema'
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509'
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto'

/**
 * A pseudo PSD2 certificate as bunq's docs have one made for the sandbox (`openssl req -x509
 * -newkey rsa:4096 ... -subj "/CN=... PISP AISP/C=NL"`), built in the test without openssl: a
 * fresh node:crypto key pair, a TBSCertificate assembled with the ASN.1 schemas, signed by
 * node:crypto. The private key exists only in memory for the test (TEST-ONLY, never a fixture).
 */
export interface TestCertificate {
  pem: string
  /** TEST-ONLY private key of the certificate (the "QSeal" key that signs the credential). */
  testOnlyPrivateKey: KeyObject
  publicKey: KeyObject
}

function name(commonName: string): Name {
  const rdn = (type: string, value: AttributeValue) =>
    new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })])
  return new Name([
    rdn('2.5.4.3', new AttributeValue({ utf8String: commonName })),
    rdn('2.5.4.6', new AttributeValue({ printableString: 'NL' })),
  ])
}

export function makeTestCertificate(
  commonName = 'Practice PISP AISP',
  options: { type?: 'rsa' | 'ec'; bits?: number } = {},
): TestCertificate {
  const pair =
    options.type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: options.bits ?? 2048 })
  const ec = options.type === 'ec'
  // sha256WithRSAEncryption (no parameters: NULL) or ecdsa-with-SHA256 (parameters absent).
  const algorithm = new AlgorithmIdentifier(
    ec
      ? { algorithm: '1.2.840.10045.4.3.2' }
      : { algorithm: '1.2.840.113549.1.1.11', parameters: null },
  )
  const subject = name(commonName)
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array([0x01, ...crypto.getRandomValues(new Uint8Array(8))]).buffer,
    signature: algorithm,
    issuer: subject,
    validity: new Validity({
      notBefore: new Date(Date.UTC(2026, 0, 1)),
      notAfter: new Date(Date.UTC(2027, 0, 1)),
    }),
    subject,
    subjectPublicKeyInfo: AsnConvert.parse(
      pair.publicKey.export({ type: 'spki', format: 'der' }),
      SubjectPublicKeyInfo,
    ),
  })
  const signature = createSign('sha256')
    .update(Buffer.from(AsnConvert.serialize(tbs)))
    .sign(pair.privateKey)
  const der = Buffer.from(
    AsnConvert.serialize(
      new Certificate({
        tbsCertificate: tbs,
        signatureAlgorithm: algorithm,
        signatureValue: new Uint8Array(signature).buffer,
      }),
    ),
  )
  const lines = der
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n')
  return {
    pem: `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`,
    testOnlyPrivateKey: pair.privateKey,
    publicKey: pair.publicKey,
  }
}

/** The credential signature as sdk_python makes it: PEM without final newline + "\n" + token. */
export function signLikePythonSdk(
  key: KeyObject,
  installedPublicPem: string,
  installationToken: string,
): string {
  const text = `${installedPublicPem.trimEnd()}\n${installationToken}`
  return createSign('sha256').update(Buffer.from(text, 'utf8')).sign(key, 'base64')
}
