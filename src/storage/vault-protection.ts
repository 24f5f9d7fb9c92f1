/**
 * The vault record's key handling: make a new vault (fresh data key, wrapped by the chosen
 * protection), unlock it, and re-wrap it under a new passphrase. The AAD of the wrapped key binds
 * the vault id and the protection kind, so a "browser" key envelope cannot pass as a passphrase one.
 */
import { BunqError } from '../errors'
import { MIN_PBKDF2_ITERATIONS, type VaultCrypto } from '../crypto/vault'
import {
  vaultKeyDamaged,
  withSum,
  derivePassphraseKey,
  generateBrowserKey,
  generateDataKey,
  newSalt,
  unwrapDataKey,
  wrapDataKey,
} from '../crypto/vault-keys'
import { aadFor } from '../crypto/vault-seal'
import type { Protection, VaultMeta } from './records'

export type ProtectionChoice =
  { protection: 'passphrase'; passphrase: string } | { protection: 'browser' }

export interface KdfPolicy {
  /** Iterations for new passphrase envelopes (default and minimum for real vaults: 600,000). */
  iterations: number
  /** The least accepted when reading; tests lower both to keep PBKDF2 fast. */
  minIterations: number
}

export const REAL_KDF: KdfPolicy = {
  iterations: MIN_PBKDF2_ITERATIONS,
  minIterations: MIN_PBKDF2_ITERATIONS,
}

function keyAad(vaultId: string, protection: Protection): Uint8Array<ArrayBuffer> {
  return aadFor('data-key', { vaultId, protection })
}

export function checkPassphrase(passphrase: string): void {
  if (typeof passphrase !== 'string' || passphrase.length < 8)
    throw new BunqError(
      'weak-passphrase',
      'A passphrase needs at least 8 characters.',
      'Choose a longer passphrase: several words are easy to remember and hard to guess.',
    )
}

type Protected = Pick<VaultMeta, 'protection' | 'wrappedKey' | 'browserKey'>

/**
 * Wraps `dataKey` (extractable) under a choice. Returns the VaultMeta fields that hold it and a
 * non-extractable copy of the data key, unwrapped from the new envelope with the same wrapping
 * key: that proves the envelope opens before it is stored, without a second PBKDF2 run.
 */
export async function protect(
  crypto: VaultCrypto,
  dataKey: CryptoKey,
  vaultId: string,
  choice: ProtectionChoice,
  kdf: KdfPolicy,
): Promise<{ fields: Protected; dataKey: CryptoKey }> {
  const aad = keyAad(vaultId, choice.protection)
  const reopen = (wrappedKey: Protected['wrappedKey'], wrappingKey: CryptoKey) =>
    unwrapDataKey(crypto, wrappedKey, aad, { wrappingKey }, { minIterations: kdf.minIterations })
  if (choice.protection === 'browser') {
    const browserKey = await generateBrowserKey(crypto)
    const wrappedKey = await wrapDataKey(crypto, dataKey, browserKey, aad)
    const fields: Protected = { protection: 'browser', browserKey, wrappedKey }
    return { fields, dataKey: await reopen(wrappedKey, browserKey) }
  }
  checkPassphrase(choice.passphrase)
  const salt = newSalt(crypto)
  const wrappingKey = await derivePassphraseKey(crypto, choice.passphrase, salt, kdf.iterations)
  const wrappedKey = await wrapDataKey(crypto, dataKey, wrappingKey, aad, {
    iterations: kdf.iterations,
    salt,
  })
  return {
    fields: { protection: 'passphrase', wrappedKey },
    dataKey: await reopen(wrappedKey, wrappingKey),
  }
}

/** A new vault: returns its record and the data key to keep in memory (non-extractable). */
export async function createVaultMeta(
  crypto: VaultCrypto,
  choice: ProtectionChoice,
  vaultId: string,
  now: number,
  kdf: KdfPolicy,
): Promise<{ meta: VaultMeta; dataKey: CryptoKey }> {
  const { fields, dataKey } = await protect(
    crypto,
    await generateDataKey(crypto),
    vaultId,
    choice,
    kdf,
  )
  return { meta: { id: 'vault', vaultId, ...fields, createdAt: now, updatedAt: now }, dataKey }
}

/**
 * The stored vault record's own fields (its key envelope is checked by unwrapDataKey). Anything
 * stored under the vault id is a vault: status, create and unlock all see it (vault-service.ts),
 * and a record that is not a usable one is "damaged", never "no vault".
 */
export function checkMeta(meta: VaultMeta): void {
  const record = meta as Partial<VaultMeta>
  if (typeof record.vaultId !== 'string' || record.vaultId === '')
    throw vaultKeyDamaged('vaultId is missing')
  if (record.protection !== 'passphrase' && record.protection !== 'browser')
    throw vaultKeyDamaged(`protection ${String(record.protection)} is unknown`)
  if (typeof record.wrappedKey !== 'object' || record.wrappedKey === null)
    throw vaultKeyDamaged('wrappedKey is missing')
}

/** For a passphrase record written before envelopes had a sum: the record with one added. */
export async function metaWithSum(crypto: VaultCrypto, meta: VaultMeta): Promise<VaultMeta | null> {
  const envelope = meta.wrappedKey
  if (envelope.kdf !== 'PBKDF2-SHA256' || envelope.sum !== undefined) return null
  const wrappedKey = await withSum(crypto, envelope, keyAad(meta.vaultId, meta.protection))
  return { ...meta, wrappedKey }
}

/** Opens the data key. A passphrase vault needs the passphrase; a browser vault needs none. */
export async function unlockMeta(
  crypto: VaultCrypto,
  meta: VaultMeta,
  passphrase: string | undefined,
  kdf: KdfPolicy,
  extractable = false,
): Promise<CryptoKey> {
  checkMeta(meta)
  const aad = keyAad(meta.vaultId, meta.protection)
  const options = { extractable, minIterations: kdf.minIterations }
  if (meta.protection === 'passphrase')
    return unwrapDataKey(crypto, meta.wrappedKey, aad, { passphrase: passphrase ?? '' }, options)
  if (!meta.browserKey) throw vaultKeyDamaged('protection is browser, but no browser key is stored')
  return unwrapDataKey(crypto, meta.wrappedKey, aad, { wrappingKey: meta.browserKey }, options)
}
