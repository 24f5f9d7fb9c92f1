/**
 * What the vault shows the UI: one immutable snapshot, replaced on every change, and what an
 * unexpected failure shows (docs/architecture.md, "one error family": stores turn errors into state).
 */
import type { ContextMeta, Protection } from '../storage/records'
import type { UiError } from './models/base'
import type { ActiveContext } from './vault-active'

/** 'empty': no vault in this browser yet. */
export type VaultStatus = 'loading' | 'empty' | 'locked' | 'unlocked'

export interface VaultSnapshot {
  status: VaultStatus
  /** False: memory-only store, nothing is kept (show the banner). */
  persistent: boolean
  protection: Protection | null
  /** Metadata only, oldest first. */
  contexts: ContextMeta[]
  active: ActiveContext | null
  lastError: UiError | null
  busy: boolean
  autoLockMinutes: number
}

export function initialSnapshot(persistent: boolean): VaultSnapshot {
  return {
    status: 'loading',
    persistent,
    protection: null,
    contexts: [],
    active: null,
    lastError: null,
    busy: false,
    autoLockMinutes: 15,
  }
}

/** An unexpected failure inside the vault: its text is not shown (nothing vouches it holds no secret). */
export const VAULT_FAILURE: UiError = {
  code: 'storage-unavailable',
  message: 'The vault could not complete that.',
  hint: 'Reload the page; if it happens again, export your contexts and wipe the vault.',
}

/**
 * What each protection does and does not do, in words the UI shows next to the choice (the
 * architecture's security stance: state what a passphrase protects, and what it does not).
 */
export const PROTECTION_TEXT = {
  passphrase: {
    label: 'Passphrase',
    says: 'Contexts are encrypted with a key made from your passphrase (PBKDF2, 600,000 rounds, AES-256-GCM). A copy of this browser profile does not reveal your API key or tokens without it. It does not protect against a script running in this page while the vault is unlocked.',
  },
  browser: {
    label: 'This browser only',
    says: 'Convenience, not protection: the key is stored in this browser, so anyone who can use this browser profile can open the vault. Offered for the practice bank and the sandbox only; production needs a passphrase.',
  },
} as const
