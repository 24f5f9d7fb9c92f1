/**
 * The vault envelope (docs/architecture.md, "versioned envelope"): encrypted data at rest is one versioned, self-describing
 * JSON value with ONE parser. Two shapes share it:
 *
 *   {v: 1, kdf: 'PBKDF2-SHA256', iterations, salt, iv, ct}  the key comes from a passphrase
 *   {v: 1, kdf: 'none', iv, ct}                               the key is held by the caller
 *                                                             (the vault data key, or the
 *                                                             "this browser only" key)
 *
 * Cipher: AES-GCM-256, 96-bit random IV, 128-bit tag, base64 fields. Every seal binds
 * additional authenticated data (AAD) naming what the bytes are, so a record cannot be moved to
 * another id or edited: any changed byte fails the tag and is reported as 'vault-damaged'.
 */
import { BunqError } from '../errors'
import { base64ToBytes, bytesToBase64 } from './bytes'

export const ENVELOPE_VERSION = 1
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; real vaults never store fewer. */
export const MIN_PBKDF2_ITERATIONS = 600_000
export const AES_GCM_IV_BYTES = 12
export const PBKDF2_SALT_BYTES = 16

export interface PassphraseEnvelope {
  v: 1
  kdf: 'PBKDF2-SHA256'
  iterations: number
  salt: string
  iv: string
  ct: string
}

export interface KeyEnvelope {
  v: 1
  kdf: 'none'
  iv: string
  ct: string
}

export type Envelope = PassphraseEnvelope | KeyEnvelope

/** The two things the vault needs from the Platform (docs/architecture.md, "one Platform"). */
export interface VaultCrypto {
  subtle: SubtleCrypto
  randomBytes: (length: number) => Uint8Array<ArrayBuffer>
}

export class VaultDamagedError extends BunqError {
  constructor(what: string) {
    super(
      'vault-damaged',
      `${what} is damaged and cannot be opened.`,
      'Other contexts are unaffected. Delete this one and import it again from a bunq.conf backup.',
    )
  }
}

function field(
  value: Record<string, unknown>,
  name: string,
  what: string,
): Uint8Array<ArrayBuffer> {
  const text = value[name]
  const bytes = typeof text === 'string' ? base64ToBytes(text) : null
  if (!bytes || bytes.length === 0) throw new VaultDamagedError(what)
  return bytes
}

/**
 * The one parser. Returns the envelope with its binary fields decoded, or throws VaultDamagedError
 * for anything else (unknown version or kdf, missing or non-base64 field, odd IV length).
 * `minIterations` guards against a stored envelope edited to a weaker work factor.
 */
export function parseEnvelope(
  value: unknown,
  what: string,
  minIterations = MIN_PBKDF2_ITERATIONS,
): {
  envelope: Envelope
  iv: Uint8Array<ArrayBuffer>
  ct: Uint8Array<ArrayBuffer>
  salt: Uint8Array<ArrayBuffer> | null
} {
  if (typeof value !== 'object' || value === null) throw new VaultDamagedError(what)
  const record = value as Record<string, unknown>
  if (record.v !== ENVELOPE_VERSION) throw new VaultDamagedError(what)
  const iv = field(record, 'iv', what)
  const ct = field(record, 'ct', what)
  if (iv.length !== AES_GCM_IV_BYTES || ct.length < 16) throw new VaultDamagedError(what)
  if (record.kdf === 'none') {
    return {
      envelope: { v: 1, kdf: 'none', iv: record.iv, ct: record.ct } as KeyEnvelope,
      iv,
      ct,
      salt: null,
    }
  }
  if (record.kdf !== 'PBKDF2-SHA256') throw new VaultDamagedError(what)
  const iterations = record.iterations
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < minIterations)
    throw new VaultDamagedError(what)
  const salt = field(record, 'salt', what)
  const envelope = { ...(record as unknown as PassphraseEnvelope) }
  return { envelope, iv, ct, salt }
}

/** Builds an envelope value from binary parts (the only writer). */
export function makeEnvelope(
  iv: Uint8Array,
  ct: ArrayBuffer | Uint8Array,
  kdf?: { iterations: number; salt: Uint8Array },
): Envelope {
  const base = { iv: bytesToBase64(iv), ct: bytesToBase64(ct) }
  if (!kdf) return { v: 1, kdf: 'none', ...base }
  return {
    v: 1,
    kdf: 'PBKDF2-SHA256',
    iterations: kdf.iterations,
    salt: bytesToBase64(kdf.salt),
    ...base,
  }
}
