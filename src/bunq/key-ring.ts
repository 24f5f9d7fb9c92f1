import { pemToPrivateKey, pemToPublicKey } from '../crypto/pem'
import type { ApiContext } from './context'

/**
 * Where the signing key comes from when the context does not carry its private PEM: the vault
 * imports it non-extractable at unlock and drops the PEM (docs/architecture.md, "non-extractable keys"), so an app passes
 * `(context) => vault.active.keys.privateKey`. Return null when there is no key for THIS context
 * (its public key is not the one the key belongs to); the call then fails with "Generate key pair".
 */
export type SigningKeyProvider = (
  context: ApiContext,
) => CryptoKey | null | Promise<CryptoKey | null>

interface SigningEntry {
  /** The PEM it was imported from, when it was (a context that carries its own key). */
  pem: string | null
  /** The public half it pairs with: what a PEM-less context is matched on. */
  publicKeyPem: string | null
  key: Promise<CryptoKey | null>
}

/**
 * The CryptoKeys a client signs and verifies with, kept in memory, never as PEM. The signing key
 * is found, in order: imported non-extractable from the context's own private PEM (tests, lessons,
 * a context that carries it); the key remembered for the context's public key (fresh from key
 * generation, or from the provider before); the provider. A new key pair or a reinstall changes
 * the PEMs, so the matching keys are fetched again.
 */
export class KeyRing {
  readonly #subtle: SubtleCrypto
  readonly #provider: SigningKeyProvider | null
  #signing: SigningEntry | null = null
  #server: { pem: string; key: Promise<CryptoKey> } | null = null

  constructor(subtle: SubtleCrypto, provider: SigningKeyProvider | null = null) {
    this.#subtle = subtle
    this.#provider = provider
  }

  /** Registers a key already in memory (fresh from generation) so it is not imported again. */
  remember(privateKeyPem: string | null, publicKeyPem: string | null, key: CryptoKey): void {
    this.#signing = { pem: privateKeyPem, publicKeyPem, key: Promise.resolve(key) }
  }

  /** The non-extractable signing key for this context, or null when there is none. */
  signingKey(context: ApiContext): Promise<CryptoKey | null> {
    const { privateKeyPem: pem, publicKeyPem } = context
    const cached = this.#signing
    if (pem) {
      if (cached?.pem === pem) return cached.key
      return this.#keep({
        pem,
        publicKeyPem,
        key: pemToPrivateKey(pem, { extractable: false }, this.#subtle),
      })
    }
    if (!publicKeyPem) return Promise.resolve(null)
    if (cached && cached.publicKeyPem === publicKeyPem) return cached.key
    if (!this.#provider) return Promise.resolve(null)
    return this.#keep({
      pem: null,
      publicKeyPem,
      key: Promise.resolve(this.#provider(context)),
    })
  }

  /** Caches an entry; a failed import or an absent key is not cached, so it is asked again. */
  #keep(entry: SigningEntry): Promise<CryptoKey | null> {
    this.#signing = entry
    const drop = () => {
      if (this.#signing === entry) this.#signing = null
    }
    entry.key.then((key) => key ?? drop(), drop)
    return entry.key
  }

  /** The verify key for bunq's ServerPublicKey PEM (docs/protocol.md §6.2). */
  serverKey(serverPublicKeyPem: string): Promise<CryptoKey> {
    if (this.#server?.pem !== serverPublicKeyPem) {
      const key = pemToPublicKey(serverPublicKeyPem, this.#subtle)
      this.#server = { pem: serverPublicKeyPem, key }
      key.catch(() => {
        if (this.#server?.key === key) this.#server = null
      })
    }
    return this.#server.key
  }

  /** Drops every key (on lock, logout or a context switch). */
  clear(): void {
    this.#signing = null
    this.#server = null
  }
}
