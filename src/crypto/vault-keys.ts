/**
 * The vault's keys. A random AES-GCM-256 data key seals every context record; the data key
 * itself is wrapped (AES-GCM) by the vault's protection:
 *  - a passphrase: PBKDF2-HMAC-SHA256 (>= 600,000 iterations) -> AES-GCM-256 wrapping key;
 *  - "this browser only": a random non-extractable AES-GCM key kept as a CryptoKey in IndexedDB.
 *    Convenience, not protection: anyone with the browser profile can use it.
 * Changing the passphrase only re-wraps the data key; records are never re-encrypted.
 * Keys in memory are non-extractable (docs/architecture.md, "non-extractable keys"); the data key is extractable only for the
 * moment it is wrapped.
 */
import { BunqError } from '../errors'
import { utf8Encode } from './bytes'
import {
  AES_GCM_IV_BYTES,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_SALT_BYTES,
  makeEnvelope,
  parseEnvelope,
  type Envelope,
  type VaultCrypto,
} from './vault'

const AES = { name: 'AES-GCM', length: 256 } as const
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt']

export class WrongPassphraseError extends BunqError {
  constructor() {
    // Says only that it is wrong: no hint about how close it was, or which part failed.
    super('wrong-passphrase', 'The passphrase is wrong.', 'Nothing was changed. Try again.')
  }
}

/** A fresh random data key (extractable, because it must be wrapped once). */
export function generateDataKey(crypto: VaultCrypto): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES, true, DATA_KEY_USAGES)
}

/** The "this browser only" wrapping key: random and never extractable. */
export function generateBrowserKey(crypto: VaultCrypto): Promise<CryptoKey> {
  return crypto.subtle.generateKey(AES, false, ['wrapKey', 'unwrapKey'])
}

/** PBKDF2-HMAC-SHA256 -> a non-extractable AES-GCM-256 wrapping key. */
export async function derivePassphraseKey(
  crypto: VaultCrypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', utf8Encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    AES,
    false,
    ['wrapKey', 'unwrapKey'],
  )
}

/** Wraps the (extractable) data key with a wrapping key; AAD names the vault and protection. */
export async function wrapDataKey(
  crypto: VaultCrypto,
  dataKey: CryptoKey,
  wrappingKey: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
  kdf?: { iterations: number; salt: Uint8Array },
): Promise<Envelope> {
  const iv = crypto.randomBytes(AES_GCM_IV_BYTES)
  const ct = await crypto.subtle.wrapKey('raw', dataKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: aad,
  })
  return makeEnvelope(iv, ct, kdf)
}

/**
 * Unwraps the data key. With a passphrase, a failed tag means "wrong passphrase" (it cannot be
 * told apart from a damaged key envelope, and saying which would leak nothing useful anyway).
 * `extractable` is true only while changing the protection, so the key can be wrapped again.
 */
export async function unwrapDataKey(
  crypto: VaultCrypto,
  stored: unknown,
  aad: Uint8Array<ArrayBuffer>,
  unlock: { passphrase: string } | { wrappingKey: CryptoKey },
  options: { extractable?: boolean; minIterations?: number } = {},
): Promise<CryptoKey> {
  const parsed = parseEnvelope(
    stored,
    'The vault key',
    options.minIterations ?? MIN_PBKDF2_ITERATIONS,
  )
  let wrappingKey: CryptoKey
  if ('passphrase' in unlock) {
    if (parsed.envelope.kdf !== 'PBKDF2-SHA256' || !parsed.salt) throw new WrongPassphraseError()
    wrappingKey = await derivePassphraseKey(
      crypto,
      unlock.passphrase,
      parsed.salt,
      parsed.envelope.iterations,
    )
  } else {
    wrappingKey = unlock.wrappingKey
  }
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      parsed.ct,
      wrappingKey,
      { name: 'AES-GCM', iv: parsed.iv, additionalData: aad },
      AES,
      options.extractable ?? false,
      DATA_KEY_USAGES,
    )
  } catch {
    if ('passphrase' in unlock) throw new WrongPassphraseError()
    throw new BunqError(
      'vault-damaged',
      'The vault key kept by this browser cannot be opened.',
      'Wipe the vault and import your contexts again from bunq.conf backups.',
    )
  }
}

/** A fresh salt for a new passphrase (a new salt on every change). */
export function newSalt(crypto: VaultCrypto): Uint8Array<ArrayBuffer> {
  return crypto.randomBytes(PBKDF2_SALT_BYTES)
}
