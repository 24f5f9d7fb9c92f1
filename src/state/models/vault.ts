import type { Environment, OnboardingStage } from '../../bunq/context'
import type { BankBinding } from '../../bunq/bank'
import type { PostmanEnvironment } from '../../bunq/postman-environment'
import type { UiError } from './base'

export type VaultStatus = 'loading' | 'empty' | 'locked' | 'unlocked' | 'unavailable'

/** One stored API context as the list shows it (no secret in here). */
export interface ContextSummary {
  id: string
  name: string
  environment: Environment
  stage: OnboardingStage
  /** The bank that issued the context's API key (absent in older fakes). */
  bank?: BankBinding
  /** Epoch ms of the last change. */
  updatedAt: number
}

/**
 * How the vault's data key is kept: under a passphrase, or "this browser only" (a random
 * non-extractable key in IndexedDB: convenience, not protection; practice and sandbox only).
 */
export type VaultProtection = 'passphrase' | 'browser'

export interface VaultModel {
  readonly status: VaultStatus
  /** False when IndexedDB is unavailable and everything lives in memory only (a banner says so). */
  readonly persistent: boolean
  /** Null before a vault exists. */
  readonly protection: VaultProtection | null
  readonly contexts: readonly ContextSummary[]
  readonly activeId: string | null
  /** Last failure (wrong-passphrase, weak-passphrase, vault-damaged, quota-exceeded, ...). */
  readonly error: UiError | null
  readonly busy: boolean
  /** Creates an empty vault protected by this passphrase, and unlocks it. */
  create(passphrase: string): Promise<void>
  /** Creates a "this browser only" vault (no passphrase; opens by itself after a reload). */
  createWithoutPassphrase(): Promise<void>
  unlock(passphrase: string): Promise<void>
  /** Forgets the key and every decrypted secret in memory. */
  lock(): void
  /** Re-encrypts under a new passphrase in one transaction; the old one must be right. */
  changePassphrase(current: string, next: string): Promise<void>
  /** Turns a "this browser only" vault into a passphrase vault (needed for production). */
  setPassphrase(passphrase: string): Promise<void>
  /** Adds a new empty context and makes it active. */
  addContext(name: string, environment: Environment): Promise<void>
  switchTo(id: string): Promise<void>
  rename(id: string, name: string): Promise<void>
  /** Deletes one context; call only after the UI's confirmation. */
  remove(id: string): Promise<void>
  /** Deletes the vault and every context; call only after the UI's typed confirmation. */
  wipe(): Promise<void>
  /** A bunq.conf (Python or PHP SDK) as a new active context; a bad file stores nothing. */
  importBunqConf(text: string, name: string): Promise<void>
  /** The bunq.conf text (secrets in plain text: the UI warns first), or null on failure. */
  exportBunqConf(id: string): Promise<string | null>
  /** A Postman environment with the names of bunq's collection, or null on failure. */
  exportPostman(id: string): Promise<PostmanEnvironment | null>
  /** User activity: restarts the idle auto-lock countdown. */
  touch(): void
  dismissError(): void
}
