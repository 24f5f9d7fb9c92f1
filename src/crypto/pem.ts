import { KeyFormatError } from '../errors'
import { base64ToBytes, bytesToBase64 } from './bytes'
import { pkcs1PrivateToPkcs8, pkcs1PublicToSpki } from './der'
import { RSA_ALGORITHM } from './rsa'

/**
 * PEM in and out. Output is exactly what bunq's SDKs send: `-----BEGIN PUBLIC KEY-----`, base64 in
 * 64-character lines, `\n` line ends, a trailing newline (docs/protocol.md §4.2). Input tolerates
 * CRLF, indentation and stray whitespace, and PKCS#1 as well as SPKI/PKCS#8.
 */
type PemLabel = 'PUBLIC KEY' | 'PRIVATE KEY' | 'RSA PUBLIC KEY' | 'RSA PRIVATE KEY'

export function toPem(label: PemLabel, der: ArrayBuffer | Uint8Array): string {
  const lines = bytesToBase64(der).match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** Finds the one PEM block in the text and returns its label and DER bytes. */
export function parsePem(text: string): { label: string; der: Uint8Array<ArrayBuffer> } {
  if (typeof text !== 'string' || text.trim() === '') throw new KeyFormatError('The key is empty.')
  const match = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text.replace(/\r/g, ''))
  if (!match)
    throw new KeyFormatError('This is not a PEM key: no matching BEGIN and END lines were found.')
  const der = base64ToBytes(match[2])
  if (!der || der.length === 0)
    throw new KeyFormatError(`The ${match[1]} block is not valid base64.`)
  return { label: match[1], der }
}

export async function publicKeyToPem(
  key: CryptoKey,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  return toPem('PUBLIC KEY', await subtle.exportKey('spki', key))
}

/** Exports an extractable private key as PKCS#8 PEM (`BEGIN PRIVATE KEY`), as the SDKs store it. */
export async function privateKeyToPem(
  key: CryptoKey,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  return toPem('PRIVATE KEY', await subtle.exportKey('pkcs8', key))
}

/** Reads an SPKI (`BEGIN PUBLIC KEY`) or PKCS#1 (`BEGIN RSA PUBLIC KEY`) PEM as a verify key. */
export async function pemToPublicKey(
  pem: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<CryptoKey> {
  const { label, der } = parsePem(pem)
  const spki =
    label === 'RSA PUBLIC KEY' ? pkcs1PublicToSpki(der) : label === 'PUBLIC KEY' ? der : null
  if (!spki) throw new KeyFormatError(`Expected a PUBLIC KEY block, found ${label}.`)
  try {
    return await subtle.importKey('spki', spki, RSA_ALGORITHM, true, ['verify'])
  } catch (cause) {
    throw Object.assign(new KeyFormatError('The public key is not a valid RSA key.'), { cause })
  }
}

/** Reads a PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1 (`BEGIN RSA PRIVATE KEY`) PEM as a sign key. */
export async function pemToPrivateKey(
  pem: string,
  options: { extractable?: boolean } = {},
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<CryptoKey> {
  const { label, der } = parsePem(pem)
  const pkcs8 =
    label === 'RSA PRIVATE KEY' ? pkcs1PrivateToPkcs8(der) : label === 'PRIVATE KEY' ? der : null
  if (!pkcs8) throw new KeyFormatError(`Expected a PRIVATE KEY block, found ${label}.`)
  try {
    return await subtle.importKey('pkcs8', pkcs8, RSA_ALGORITHM, options.extractable ?? false, [
      'sign',
    ])
  } catch (cause) {
    throw Object.assign(
      new KeyFormatError(
        'The private key is not a valid RSA key (encrypted PEMs are not supported).',
      ),
      {
        cause,
      },
    )
  }
}
