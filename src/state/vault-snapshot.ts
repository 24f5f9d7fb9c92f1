/**
 * What the vault shows the UI: one immutable snapshot, replaced on every change, and the rule
 * that turns any failure into a UiError (docs/architecture.md, "one error family": stores turn errors into state).
 */
import type { ContextMeta, Protection } from '../storage/records'
import type { UiError } from './models'
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

/**
 * A BunqError keeps its code, message and hint (they never hold secrets). Anything else is an
 * unexpected failure: its text is NOT shown, since nothing vouches that it holds no secret.
 */
export function toUiError(error: unknown): UiError {
  const e = error as { code?: unknown; message?: unknown; hint?: unknown } | null
  if (typeof e?.code === 'string')
    return {
      code: e.code,
      message: String(e.message),
      hint: typeof e.hint === 'string' && e.hint !== '' ? e.hint : undefined,
    }
  return {
    code: 'storage-unavailable',
    message: 'The vault could not complete that.',
    hint: 'Reload the page; if it happens again, export your contexts and wipe the vault.',
  }
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
