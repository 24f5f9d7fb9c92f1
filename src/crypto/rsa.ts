import { base64ToBytes, bytesToBase64 } from './bytes'

/**
 * bunq's signature algorithm: RSASSA-PKCS1-v1_5 with SHA-256 over RSA-2048, exponent 65537
 * (docs/protocol.md §4.2, §6.1). The same thing as OpenSSL's OPENSSL_ALGO_SHA256 and Java's
 * SHA256withRSA.
 */
export const RSA_ALGORITHM = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
} as const

export const RSA_KEY_PARAMS: RsaHashedKeyGenParams = {
  ...RSA_ALGORITHM,
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
}

/**
 * Makes a fresh key pair. The public key is always exportable (it goes to bunq as PEM). The private
 * key is extractable only when asked: a bunq.conf export needs it as PKCS#8, and WebCrypto fixes
 * extractability at generation (docs/protocol.md §4.2). The vault re-imports it non-extractable.
 */
export async function generateRsaKeyPair(
  options: { extractable?: boolean } = {},
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<CryptoKeyPair> {
  const pair = (await subtle.generateKey(RSA_KEY_PARAMS, true, ['sign', 'verify'])) as CryptoKeyPair
  if (options.extractable) return pair
  // generateKey applies one extractable flag to both halves; re-import the private half locked.
  const pkcs8 = await subtle.exportKey('pkcs8', pair.privateKey)
  const privateKey = await subtle.importKey('pkcs8', pkcs8, RSA_ALGORITHM, false, ['sign'])
  return { publicKey: pair.publicKey, privateKey }
}

/** Signs exactly these bytes and returns standard base64 (the X-Bunq-Client-Signature value). */
export async function signBytes(
  privateKey: CryptoKey,
  bytes: Uint8Array<ArrayBuffer>,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  const signature = await subtle.sign(RSA_ALGORITHM, privateKey, bytes)
  return bytesToBase64(signature)
}

/**
 * Checks a base64 signature over exactly these bytes. Returns false (never throws) for a signature
 * that is not base64 or does not match, so callers decide what a failure means.
 */
export async function verifyBytes(
  publicKey: CryptoKey,
  bytes: Uint8Array<ArrayBuffer>,
  signatureBase64: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<boolean> {
  const signature = base64ToBytes(signatureBase64)
  if (!signature || signature.length === 0) return false
  try {
    return await subtle.verify(RSA_ALGORITHM, publicKey, signature, bytes)
  } catch {
    return false
  }
}

/** SHA-256 of the bytes as lowercase hex: shown in the signature lab next to the signature. */
export async function sha256Hex(
  bytes: Uint8Array<ArrayBuffer>,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The modulus length of an RSA key, in bits (used to refuse anything but 2048). */
export function rsaModulusBits(key: CryptoKey): number {
  return (key.algorithm as RsaHashedKeyAlgorithm).modulusLength
}
