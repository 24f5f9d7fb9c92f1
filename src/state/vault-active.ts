/**
 * The unlocked, active context as the app uses it: metadata, the ApiContext WITHOUT the private
 * key PEM, and the keys imported as CryptoKeys. The private key is non-extractable (docs/architecture.md, "non-extractable keys");
 * a bunq.conf export decrypts the record again instead of keeping the PEM in memory.
 */
import type { ApiContext } from '../bunq/context'
import type { ContextMeta } from '../storage/records'

export interface SigningKeys {
  /** Signs requests (X-Bunq-Client-Signature). Non-extractable. */
  privateKey: CryptoKey | null
  publicKey: CryptoKey | null
  /** bunq's ServerPublicKey: verifies X-Bunq-Server-Signature (docs/protocol.md §6.2). */
  serverPublicKey: CryptoKey | null
}

export interface ActiveContext {
  meta: ContextMeta
  /** `privateKeyPem` is always null here; `keys.privateKey` is what signs. */
  context: ApiContext
  keys: SigningKeys
}

/** Imports the context's keys (private one non-extractable) and drops the PEM from memory. */
export async function activate(
  meta: ContextMeta,
  context: ApiContext,
  subtle: SubtleCrypto,
): Promise<ActiveContext> {
  // PEM parsing loads with the first unlock, not with the page (first-load budget).
  const { pemToPrivateKey, pemToPublicKey } = await import('../crypto/pem')
  const keys: SigningKeys = {
    privateKey: context.privateKeyPem
      ? await pemToPrivateKey(context.privateKeyPem, { extractable: false }, subtle)
      : null,
    publicKey: context.publicKeyPem ? await pemToPublicKey(context.publicKeyPem, subtle) : null,
    serverPublicKey: context.installation
      ? await pemToPublicKey(context.installation.serverPublicKeyPem, subtle)
      : null,
  }
  return { meta, context: { ...context, privateKeyPem: null }, keys }
}

/**
 * What to store when the app saves a context it got from `ActiveContext.context`: a null private
 * PEM with an unchanged public key means "keep the stored private key" (memory never had it). A
 * new key pair comes with its new PEM; clearing both PEMs clears the keys.
 */
export function mergeForSave(stored: ApiContext, next: ApiContext): ApiContext {
  const keepPrivate = next.privateKeyPem === null && next.publicKeyPem === stored.publicKeyPem
  return keepPrivate ? { ...next, privateKeyPem: stored.privateKeyPem } : next
}
