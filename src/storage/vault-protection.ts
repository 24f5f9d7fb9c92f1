/**
 * The vault record's key handling: make a new vault (fresh data key, wrapped by the chosen
 * protection), unlock it, and re-wrap it under a new passphrase. The AAD of the wrapped key binds
 * the vault id and the protection kind, so a "browser" key envelope cannot pass as a passphrase one.
 */
import { BunqError } from '../errors'
import { MIN_PBKDF2_ITERATIONS, type VaultCrypto } from '../crypto/vault'
import {
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
      'wrong-passphrase',
      'A passphrase needs at least 8 characters.',
      'Choose a longer passphrase: several words are easy to remember and hard to guess.',
    )
}

/** Wraps `dataKey` (extractable) under a choice; returns the fields of VaultMeta that hold it. */
export async function protect(
  crypto: VaultCrypto,
  dataKey: CryptoKey,
  vaultId: string,
  choice: ProtectionChoice,
  kdf: KdfPolicy,
): Promise<Pick<VaultMeta, 'protection' | 'wrappedKey' | 'browserKey'>> {
  const aad = keyAad(vaultId, choice.protection)
  if (choice.protection === 'browser') {
    const browserKey = await generateBrowserKey(crypto)
    return {
      protection: 'browser',
      browserKey,
      wrappedKey: await wrapDataKey(crypto, dataKey, browserKey, aad),
    }
  }
  checkPassphrase(choice.passphrase)
  const salt = newSalt(crypto)
  const wrappingKey = await derivePassphraseKey(crypto, choice.passphrase, salt, kdf.iterations)
  const wrappedKey = await wrapDataKey(crypto, dataKey, wrappingKey, aad, {
    iterations: kdf.iterations,
    salt,
  })
  return { protection: 'passphrase', wrappedKey }
}

/** A new vault: returns its record and the data key to keep in memory (non-extractable). */
export async function createVaultMeta(
  crypto: VaultCrypto,
  choice: ProtectionChoice,
  vaultId: string,
  now: number,
  kdf: KdfPolicy,
): Promise<{ meta: VaultMeta; dataKey: CryptoKey }> {
  const extractable = await generateDataKey(crypto)
  const meta: VaultMeta = {
    id: 'vault',
    vaultId,
    ...(await protect(crypto, extractable, vaultId, choice, kdf)),
    createdAt: now,
    updatedAt: now,
  }
  // Keep only a non-extractable copy in memory: unwrap what was just written (this also proves
  // the stored envelope opens before anyone relies on it).
  const dataKey = await unlockMeta(
    crypto,
    meta,
    choice.protection === 'passphrase' ? choice.passphrase : undefined,
    kdf,
  )
  return { meta, dataKey }
}

/** Opens the data key. A passphrase vault needs the passphrase; a browser vault needs none. */
export function unlockMeta(
  crypto: VaultCrypto,
  meta: VaultMeta,
  passphrase: string | undefined,
  kdf: KdfPolicy,
  extractable = false,
): Promise<CryptoKey> {
  const aad = keyAad(meta.vaultId, meta.protection)
  const options = { extractable, minIterations: kdf.minIterations }
  if (meta.protection === 'passphrase')
    return unwrapDataKey(crypto, meta.wrappedKey, aad, { passphrase: passphrase ?? '' }, options)
  if (!meta.browserKey)
    throw new BunqError(
      'vault-damaged',
      'The vault key kept by this browser is missing.',
      'Wipe the vault and import your contexts again.',
    )
  return unwrapDataKey(crypto, meta.wrappedKey, aad, { browserKey: meta.browserKey }, options)
}
