import { pemToPrivateKey, pemToPublicKey } from '../crypto/pem'

/**
 * The CryptoKeys behind the context's PEMs, imported once and kept in memory. The private key is
 * imported non-extractable (house style 7): the PEM in the ApiContext is what the vault encrypts and
 * what a bunq.conf export reads; the CryptoKey is what signs. Keys are cached by PEM text, so a
 * new context (a new key pair, a reinstall) transparently gets new keys.
 */
export class KeyRing {
  readonly #subtle: SubtleCrypto
  #signing: { pem: string; key: Promise<CryptoKey> } | null = null
  #server: { pem: string; key: Promise<CryptoKey> } | null = null

  constructor(subtle: SubtleCrypto) {
    this.#subtle = subtle
  }

  /** Registers a key already in memory (fresh from generation) so it is not imported again. */
  remember(privateKeyPem: string, privateKey: CryptoKey): void {
    this.#signing = { pem: privateKeyPem, key: Promise.resolve(privateKey) }
  }

  /** The non-extractable signing key for this PKCS#8 PEM. */
  signingKey(privateKeyPem: string): Promise<CryptoKey> {
    if (this.#signing?.pem !== privateKeyPem) {
      const key = pemToPrivateKey(privateKeyPem, { extractable: false }, this.#subtle)
      this.#signing = { pem: privateKeyPem, key }
      key.catch(() => {
        if (this.#signing?.key === key) this.#signing = null
      })
    }
    return this.#signing.key
  }

  /** The verify key for bunq's ServerPublicKey PEM (bunq-protocol.md §6.2). */
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

  /** Drops every key (on lock or logout). */
  clear(): void {
    this.#signing = null
    this.#server = null
  }
}
