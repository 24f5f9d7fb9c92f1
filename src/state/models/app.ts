import type { PracticeClockModel } from './practice-clock'
import type { AccountsModel } from './accounts'
import type { ConsoleModel, HistoryModel, SettingsModel } from './console-history-settings'
import type { OnboardingModel, SessionModel } from './session-onboarding'
import type { VaultModel } from './vault'

export interface Connectivity {
  readonly online: boolean
}

/** Everything App.svelte needs; built in src/main.ts (the composition root). */
export interface AppModels {
  vault: VaultModel
  session: SessionModel
  onboarding: OnboardingModel
  accounts: AccountsModel
  console: ConsoleModel
  history: HistoryModel
  settings: SettingsModel
  connectivity: Connectivity
  /** The Platform clock (countdowns); tests pass a fixed one. */
  now: () => number
  /** The in-page practice bank's controls (route #/practice-bank); absent with fake models. */
  practice?: PracticeBankModel
}

/** A teaching fault: the next call(s) get this error from the practice bank. */
export type PracticeFault = 'expire-sessions' | 'fail-next-429' | 'corrupt-next-signature'

/** One request the bank saw, as its inspector shows it (no secret, no body). */
export interface PracticeRequestRow {
  at: number
  method: string
  path: string
  status: number
  /** The client signature check: 'absent' | 'valid' | 'invalid' | 'not-checked'. */
  signature: string
  signatureRequired: boolean
  errorText: string | null
}

/** A callback bunq would have POSTed to a notification filter URL (docs/protocol.md §10.6). */
export interface PracticeCallbackRow {
  at: number
  targetUrl: string
  category: string
}

export interface PracticeBankModel {
  /** False until the lazily loaded bank is ready (load()). */
  readonly ready: boolean
  readonly busy: boolean
  /** What the last switch did, in one sentence. */
  readonly message: string | null
  readonly rateLimits: boolean
  readonly sugarDaddyDelayMs: number
  /** The status of "Insufficient authorisation." (401) or "Insufficient authentication." (403). */
  readonly expiredSessionStatus: 401 | 403
  /** Newest first. */
  readonly requests: readonly PracticeRequestRow[]
  readonly callbacks: readonly PracticeCallbackRow[]
  /**
   * The operations of bunq's spec the practice bank answers with its generic engine (no bunq
   * semantics; docs/decisions/0021-generic-engine.md), from the catalogue minus the handler table.
   */
  readonly genericOperations: readonly { method: string; path: string }[]
  load(): Promise<void>
  trigger(fault: PracticeFault): Promise<void>
  /** All users, keys and money gone, its saved state replaced; call after confirmation. */
  reset(): Promise<void>
  setRateLimits(on: boolean): void
  setSugarDaddyDelayMs(ms: number): void
  setExpiredSessionStatus(status: 401 | 403): void
  /** Why the saved bank could not be read, or null (docs/decisions/0018). */
  readonly damaged?: string | null
  /** The damaged record as stored, to save as a file. */
  exportDamaged?(): string | null
  /** Replaces the damaged record with a fresh practice bank. */
  startFresh?(): Promise<void>
  /** Copies the inspector's latest rows into view. */
  refreshInspector(): void
  /** The practice clock and what the bank emulates (absent in fakes that have no bank). */
  readonly clock?: PracticeClockModel
}
