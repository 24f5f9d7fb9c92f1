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
import { bytesToBase64, utf8Encode } from './bytes'
import {
  AES_GCM_IV_BYTES,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_SALT_BYTES,
  VaultDamagedError,
  makeEnvelope,
  parseEnvelope,
  type Envelope,
  type PassphraseEnvelope,
  type VaultCrypto,
} from './vault'
import { canonicalJson } from './vault-seal'

const AES = { name: 'AES-GCM', length: 256 } as const
const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt']

export class WrongPassphraseError extends BunqError {
  constructor() {
    // Says only that it is wrong: no hint about how close it was, or which part failed.
    super('wrong-passphrase', 'The passphrase is wrong.', 'Nothing was changed. Try again.')
  }
}

const KEY_ADVICE =
  'Restore the browser profile from a backup, or wipe the vault and import your contexts again from bunq.conf backups.'

/** The vault record is unusable; `detail` names the field (docs/security.md, "profile copy"). */
export function vaultKeyDamaged(detail: string): VaultDamagedError {
  return new VaultDamagedError('The vault key', detail, KEY_ADVICE)
}

/**
 * SHA-256 over the envelope's fields (all but `sum`) and the AAD, base64. Keyless on purpose: it
 * tells a changed byte from a wrong passphrase before any key is derived. Someone who edits the
 * record can recompute it; they can also delete the record: this detects damage, it does not
 * authenticate (the AES-GCM tag does that).
 */
export async function envelopeSum(
  crypto: VaultCrypto,
  envelope: PassphraseEnvelope,
  aad: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const { sum: _sum, ...fields } = envelope
  const text = canonicalJson({ fields, aad: bytesToBase64(aad) })
  return bytesToBase64(await crypto.subtle.digest('SHA-256', utf8Encode(text)))
}

/** The envelope with its `sum` (for envelopes written before sums existed). */
export async function withSum(
  crypto: VaultCrypto,
  envelope: PassphraseEnvelope,
  aad: Uint8Array<ArrayBuffer>,
): Promise<PassphraseEnvelope> {
  return { ...envelope, sum: await envelopeSum(crypto, envelope, aad) }
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
  const envelope = makeEnvelope(iv, ct, kdf)
  return envelope.kdf === 'PBKDF2-SHA256' ? withSum(crypto, envelope, aad) : envelope
}

/**
 * Unwraps the data key. With a passphrase, every field is checked first (ranges, then the `sum`
 * over the stored bytes): a header out of range or a changed byte is "damaged". A failed unwrap
 * of intact bytes can then only be the passphrase. (An envelope from before sums existed cannot
 * tell the two apart; the service adds its sum on the next unlock.)
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
    KEY_ADVICE,
  )
  let wrappingKey: CryptoKey
  if ('passphrase' in unlock) {
    if (parsed.envelope.kdf !== 'PBKDF2-SHA256' || !parsed.salt)
      throw vaultKeyDamaged(`kdf is ${parsed.envelope.kdf}, but this vault has a passphrase`)
    const { sum } = parsed.envelope
    if (sum !== undefined && sum !== (await envelopeSum(crypto, parsed.envelope, aad)))
      throw vaultKeyDamaged('its bytes no longer match their checksum (sum)')
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
    throw vaultKeyDamaged('the key kept by this browser does not open it')
  }
}

/** A fresh salt for a new passphrase (a new salt on every change). */
export function newSalt(crypto: VaultCrypto): Uint8Array<ArrayBuffer> {
  return crypto.randomBytes(PBKDF2_SALT_BYTES)
}
