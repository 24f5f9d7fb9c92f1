/**
 * The shapes of everything the app keeps in IndexedDB (or in memory when IndexedDB is missing).
 * Only context metadata is in clear; every secret is inside a sealed envelope (src/crypto/vault.ts).
 */
import type { Environment, OnboardingStage, TransportConfig } from '../bunq/context'
import type { Exchange } from '../bunq/exchange'
import type { Envelope, KeyEnvelope } from '../crypto/vault'

/** How the vault's data key is wrapped. 'browser' is convenience, not protection. */
export type Protection = 'passphrase' | 'browser'

/** The single vault record (one vault per browser profile). */
export interface VaultMeta {
  id: 'vault'
  /** Random id, bound into every AAD so records cannot move between vaults. */
  vaultId: string
  protection: Protection
  /** The data key, wrapped by the passphrase key or the browser key. */
  wrappedKey: Envelope
  /** Only for protection 'browser': the random non-extractable AES key, as a CryptoKey. */
  browserKey?: CryptoKey
  createdAt: number
  updatedAt: number
}

/** What a context list shows, in clear. Bound into the record's AAD, so it cannot be edited. */
export interface ContextMeta {
  id: string
  name: string
  environment: Environment
  transport: TransportConfig
  stage: OnboardingStage
  createdAt: number
  updatedAt: number
  userDisplayName?: string
}

/** A stored context: clear metadata + the ApiContext sealed under the data key. */
export interface ContextRecord extends ContextMeta {
  secret: KeyEnvelope
  /** Which format of the ApiContext `secret` seals (context-migrations.ts); absent in format 1. */
  format?: number
}

/** One history row: a REDACTED exchange (never `raw`), keyed by an increasing sequence number. */
export interface HistoryRow {
  seq: number
  exchange: Exchange
}

export interface HistoryPage {
  /** Newest first. */
  rows: HistoryRow[]
  /** Pass as `before` to read the next (older) page; null when there is none. */
  nextBefore: number | null
}

/** Non-secret preferences. */
export interface Settings {
  id: 'settings'
  theme: 'system' | 'light' | 'dark'
  autoLockMinutes: number
  transport: TransportConfig
  /** Set only after the typed production confirmation (docs/architecture.md, security stance). */
  productionUnlocked: boolean
  /** Presenter mode survives a reload like the theme (absent in records made before it). */
  presenter?: boolean
}

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  theme: 'system',
  autoLockMinutes: 15,
  transport: { kind: 'practice' },
  productionUnlocked: false,
}

/** Opaque progress of one lesson; the lessons feature owns the JSON inside. */
export interface LessonProgress {
  lessonId: string
  progress: unknown
  updatedAt: number
}

/** The newest history rows kept; older ones are dropped on insert. */
export const HISTORY_CAP = 5000
