/**
 * The API context: everything needed to talk to bunq as one user, as plain serialisable data.
 * This is what the vault encrypts (src/storage), what a bunq.conf holds (src/bunq/context-file.ts)
 * and what the flows fill in step by step (docs/protocol.md §4). CryptoKeys are not in here: they
 * are imported from these PEMs after unlock, non-extractable (docs/architecture.md, "non-extractable keys").
 */
import { environmentOf, PRACTICE_IN_PAGE, type BankBinding, type Environment } from './bank'

export type { Environment, TransportConfig, BankBinding } from './bank'
export { SANDBOX_BASE_URL, PRODUCTION_BASE_URL, PRACTICE_BASE_URL } from './bank'

export type UserType = 'UserPerson' | 'UserCompany' | 'UserApiKey' | 'UserPaymentServiceProvider'

export interface InstallationState {
  id: number | null
  /** The installation token: X-Bunq-Client-Authentication for device-server and session-server. */
  token: string
  /** bunq's ServerPublicKey (SPKI PEM): verifies X-Bunq-Server-Signature on every later 200. */
  serverPublicKeyPem: string
}

export interface SessionState {
  id: number | null
  /** The session token: X-Bunq-Client-Authentication for every other call. */
  token: string
  /** Epoch milliseconds: creation + the user's session_timeout (docs/protocol.md §4.6). */
  expiresAt: number
  userId: number
  userType: UserType
  /** The user object as the session-server response returned it. */
  user: Record<string, unknown>
}

export interface ApiContext {
  /**
   * The bank that issued this context's API key and how the page reaches it (bank.ts). Set when
   * the context is made and never relabelled: requests go only there (bank-guard.ts).
   */
  bank: BankBinding
  /** bunq's name for the bank's kind, as a bunq.conf writes it; agrees with `bank`. */
  environment: Environment
  apiKey: string | null
  /**
   * The client private key as PKCS#8 PEM (secret): set when a key pair is generated or a file
   * imported, so the vault can encrypt it; null in the app after unlock, where a non-extractable
   * CryptoKey signs instead (client.ts `signingKey`).
   */
  privateKeyPem: string | null
  /** The client public key as SPKI PEM, exactly as sent to POST /installation. */
  publicKeyPem: string | null
  installation: InstallationState | null
  device: { id: number | null; description: string } | null
  session: SessionState | null
}

/** A context with nothing done yet, bound to `bank` (the in-page practice bank by default). */
export function emptyContext(bank: BankBinding = PRACTICE_IN_PAGE): ApiContext {
  return {
    bank,
    environment: environmentOf(bank),
    apiKey: null,
    privateKeyPem: null,
    publicKeyPem: null,
    installation: null,
    device: null,
    session: null,
  }
}

/** The onboarding state machine's states, derived from the context (docs/architecture.md, "one state class per model"). */
export type OnboardingStage =
  'no-user' | 'keyed' | 'key-pair' | 'installed' | 'device-registered' | 'session'

/**
 * The stage a context is at. The public key stands for the pair: after unlock the private key is
 * a non-extractable CryptoKey held by the vault, not a PEM in the context (docs/architecture.md, "non-extractable keys").
 */
export function onboardingStage(context: ApiContext, now: number): OnboardingStage {
  if (!context.apiKey) return 'no-user'
  if (!context.publicKeyPem) return 'keyed'
  if (!context.installation) return 'key-pair'
  if (!context.device) return 'installed'
  if (!context.session || context.session.expiresAt <= now) return 'device-registered'
  return 'session'
}
