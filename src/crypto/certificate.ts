import { AsnConvert } from '@peculiar/asn1-schema'
import { Certificate, type Name } from '@peculiar/asn1-x509'
import { KeyFormatError } from '../errors'
import { base64ToBytes } from './bytes'

/**
 * X.509 certificates in PEM, read with a well-kept ASN.1 library (@peculiar/asn1-x509) rather than
 * a hand-made DER walk. Only what a bank needs from a PSD2 certificate (docs/protocol.md §4.8): the
 * subject's distinguished name, the validity window and the SubjectPublicKeyInfo, which WebCrypto
 * imports as it is. This module is heavy (an ASN.1 schema library): load it with `import()`.
 */
export interface ParsedCertificate {
  /** The whole certificate, DER. */
  der: Uint8Array<ArrayBuffer>
  /** `CN=..., C=...` in the certificate's own order (the short names of RFC 4514). */
  subject: string
  /** The CN attribute, or '' when the subject has none. */
  commonName: string
  notBefore: Date
  notAfter: Date
  /** SubjectPublicKeyInfo, DER: `subtle.importKey('spki', ...)` reads it. */
  spki: Uint8Array<ArrayBuffer>
  /** The OID of the public key's algorithm (1.2.840.113549.1.1.1 for RSA). */
  keyAlgorithm: string
}

export const RSA_ENCRYPTION_OID = '1.2.840.113549.1.1.1'

const SHORT_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  // PSD2 QSeal certificates carry the provider's authorisation number here (ETSI TS 119 495).
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
}

const BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g

/** Every `BEGIN CERTIFICATE` block of the text, in order, as DER (CRLF and indentation allowed). */
export function certificateBlocks(text: string): Uint8Array<ArrayBuffer>[] {
  const blocks: Uint8Array<ArrayBuffer>[] = []
  for (const match of text.replace(/\r/g, '').matchAll(BLOCK)) {
    const der = base64ToBytes(match[1])
    if (!der || der.length === 0)
      throw new KeyFormatError('A CERTIFICATE block is not valid base64.')
    blocks.push(der)
  }
  return blocks
}

function nameText(name: Name): string {
  return name
    .flatMap((rdn) => rdn.map((atv) => `${SHORT_NAMES[atv.type] ?? atv.type}=${atv.value}`))
    .join(', ')
}

function commonNameOf(name: Name): string {
  for (const rdn of name)
    for (const atv of rdn) if (atv.type === '2.5.4.3') return String(atv.value)
  return ''
}

/** Parses one DER certificate; a KeyFormatError says what is wrong. */
export function parseCertificateDer(der: Uint8Array<ArrayBuffer>): ParsedCertificate {
  let cert: Certificate
  try {
    cert = AsnConvert.parse(der, Certificate)
  } catch (cause) {
    throw Object.assign(new KeyFormatError('The certificate is not a valid X.509 structure.'), {
      cause,
    })
  }
  const tbs = cert.tbsCertificate
  return {
    der,
    subject: nameText(tbs.subject),
    commonName: commonNameOf(tbs.subject),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
    spki: new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo)),
    keyAlgorithm: tbs.subjectPublicKeyInfo.algorithm.algorithm,
  }
}

/** The one certificate of a PEM text (a second block is refused: that belongs in a chain). */
export function parseCertificatePem(text: string): ParsedCertificate {
  const blocks = certificateBlocks(text)
  if (blocks.length === 0)
    throw new KeyFormatError('No -----BEGIN CERTIFICATE----- block was found.')
  if (blocks.length > 1)
    throw new KeyFormatError(`Expected one certificate, found ${blocks.length} CERTIFICATE blocks.`)
  return parseCertificateDer(blocks[0])
}

/** Every certificate of a chain text (one or more PEM blocks, any separator between them). */
export function parseCertificateChain(text: string): ParsedCertificate[] {
  const blocks = certificateBlocks(text)
  if (blocks.length === 0)
    throw new KeyFormatError('No -----BEGIN CERTIFICATE----- block was found.')
  return blocks.map(parseCertificateDer)
}
