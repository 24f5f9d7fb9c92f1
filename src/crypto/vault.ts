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
/**
 * The most a stored envelope may ask for: about 17 times the default, a few seconds on a slow
 * phone. An edited figure above it would hang the unlock (100,000,000 took 14 s) or fail oddly.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000
export const AES_GCM_IV_BYTES = 12
export const PBKDF2_SALT_BYTES = 16

export interface PassphraseEnvelope {
  v: 1
  kdf: 'PBKDF2-SHA256'
  iterations: number
  salt: string
  iv: string
  ct: string
  /**
   * SHA-256 over the other fields and the AAD (vault-keys.ts): with it, a changed byte reads as
   * "damaged" and a failed unwrap of intact bytes can only mean the passphrase. Absent in
   * envelopes written before it existed; added on their next unlock.
   */
  sum?: string
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

const CONTEXT_ADVICE =
  'Other contexts are unaffected. Delete this one and import it again from a bunq.conf backup.'

/** `detail` names the field that is wrong; never a secret (fields here are salts, IVs, counts). */
export class VaultDamagedError extends BunqError {
  constructor(what: string, detail?: string, advice = CONTEXT_ADVICE) {
    super(
      'vault-damaged',
      `${what} is damaged and cannot be opened${detail ? `: ${detail}` : ''}.`,
      advice,
    )
  }
}

const group = (n: number) => n.toLocaleString('en-US')

function field(
  value: Record<string, unknown>,
  name: string,
  damaged: (detail: string) => VaultDamagedError,
): Uint8Array<ArrayBuffer> {
  const text = value[name]
  const bytes = typeof text === 'string' ? base64ToBytes(text) : null
  if (!bytes || bytes.length === 0) throw damaged(`${name} is missing or not base64`)
  return bytes
}

/**
 * The one parser. Returns the envelope with its binary fields decoded, or throws VaultDamagedError
 * naming the field for anything else (unknown version or kdf, missing or non-base64 field, odd IV
 * length, iterations outside minIterations..MAX_PBKDF2_ITERATIONS). The lower bound guards
 * against an envelope edited to a weaker work factor, the upper one against one that would hang.
 */
export function parseEnvelope(
  value: unknown,
  what: string,
  minIterations = MIN_PBKDF2_ITERATIONS,
  advice?: string,
): {
  envelope: Envelope
  iv: Uint8Array<ArrayBuffer>
  ct: Uint8Array<ArrayBuffer>
  salt: Uint8Array<ArrayBuffer> | null
} {
  const damaged = (detail: string) => new VaultDamagedError(what, detail, advice)
  if (typeof value !== 'object' || value === null) throw damaged('it is not an envelope')
  const record = value as Record<string, unknown>
  if (record.v !== ENVELOPE_VERSION) throw damaged(`version ${String(record.v)} is unknown`)
  const iv = field(record, 'iv', damaged)
  const ct = field(record, 'ct', damaged)
  if (iv.length !== AES_GCM_IV_BYTES) throw damaged(`iv has ${iv.length} bytes, not 12`)
  if (ct.length < 16) throw damaged('ct is shorter than its tag')
  if (record.kdf === 'none') {
    return {
      envelope: { v: 1, kdf: 'none', iv: record.iv, ct: record.ct } as KeyEnvelope,
      iv,
      ct,
      salt: null,
    }
  }
  if (record.kdf !== 'PBKDF2-SHA256') throw damaged(`kdf ${String(record.kdf)} is unknown`)
  const iterations = record.iterations
  if (typeof iterations !== 'number' || !Number.isInteger(iterations))
    throw damaged(`iterations is ${String(iterations)}, not a whole number`)
  if (iterations < minIterations || iterations > MAX_PBKDF2_ITERATIONS)
    throw damaged(
      `iterations is ${group(iterations)}, outside ${group(minIterations)} to ${group(MAX_PBKDF2_ITERATIONS)}`,
    )
  const salt = field(record, 'salt', damaged)
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
