/**
 * State of the PSD2 path (docs/protocol.md §4.8): the credentials a payment service provider was
 * given. The provider itself is a UserData of kind UserPaymentServiceProvider, and the credential's
 * token is an ApiKeyData (stored as a keyed hash, docs/decisions/0017), so device-server and
 * session-server take it exactly like an API key. Declared apart so state.ts imports this file and
 * never the other way round; the collection is optional, so banks saved before it load unchanged.
 */
export interface PspCredentialData {
  id: number
  created: number
  /** The UserPaymentServiceProvider this credential belongs to. */
  userId: number
  /** The token's keyed hash: the ApiKeyData with this keyHash is the credential's token. */
  keyHash: string
  /** SHA-256 of the certificate's DER, hex: which certificate asked for it. */
  certificateSha256: string
}

export interface Psd2Collections {
  pspCredentials?: PspCredentialData[]
}
