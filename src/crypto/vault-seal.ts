/**
 * Sealing JSON values with the vault data key (AES-GCM-256, envelope kdf 'none'), and the
 * canonical AAD that binds each sealed value to what it is. A value sealed for one record id,
 * name or environment does not open as another: the tag fails and the record is refused as
 * damaged (VaultDamagedError), while every other record still opens.
 */
import { utf8Decode, utf8Encode } from './bytes'
import {
  AES_GCM_IV_BYTES,
  VaultDamagedError,
  makeEnvelope,
  parseEnvelope,
  type KeyEnvelope,
  type VaultCrypto,
} from './vault'

/**
 * JSON with object keys sorted at every level, so the same logical value always gives the same
 * AAD bytes no matter how it was built or read back from storage. `undefined` fields are dropped,
 * as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** AAD bytes for a purpose and the clear fields it must stay bound to. */
export function aadFor(purpose: string, bound: unknown): Uint8Array<ArrayBuffer> {
  return utf8Encode(canonicalJson({ purpose: `bunq-workbench/${purpose}`, v: 1, bound }))
}

/** Encrypts a JSON-serialisable value under the data key. */
export async function sealJson(
  crypto: VaultCrypto,
  key: CryptoKey,
  value: unknown,
  aad: Uint8Array<ArrayBuffer>,
): Promise<KeyEnvelope> {
  const iv = crypto.randomBytes(AES_GCM_IV_BYTES)
  const plaintext = utf8Encode(JSON.stringify(value))
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    key,
    plaintext,
  )
  return makeEnvelope(iv, ct) as KeyEnvelope
}

/** Decrypts a sealed value; any tampering (envelope, ciphertext or bound fields) -> damaged. */
export async function openJson(
  crypto: VaultCrypto,
  key: CryptoKey,
  stored: unknown,
  aad: Uint8Array<ArrayBuffer>,
  what: string,
): Promise<unknown> {
  const parsed = parseEnvelope(stored, what)
  if (parsed.envelope.kdf !== 'none') throw new VaultDamagedError(what)
  let plaintext: ArrayBuffer
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: parsed.iv, additionalData: aad },
      key,
      parsed.ct,
    )
  } catch {
    throw new VaultDamagedError(what)
  }
  try {
    return JSON.parse(utf8Decode(plaintext)) as unknown
  } catch {
    throw new VaultDamagedError(what)
  }
}
