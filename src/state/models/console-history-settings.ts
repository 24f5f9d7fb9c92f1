import type { TransportConfig } from '../../bunq/context'
import type { Exchange, ExchangeEvent } from '../../bunq/exchange'
import type { Diagnosis, TransportLink } from '../../transport'
import type { ActionState, UiError } from './base'
import type { BankView } from './session-onboarding'

export interface ConsoleRequest {
  method: string
  /** Relative to the base URL, e.g. "/user/{userID}/monetary-account". */
  path: string
  /** The exact body text to sign and send ('' for none). */
  body: string
}

/** The catalogue of common endpoints is static teaching content: src/ui/console-catalogue.ts. */
export interface ConsoleModel {
  /** Values for the placeholders, e.g. {"userID": "4217", "monetary-accountID": null}. */
  readonly placeholders: Readonly<Record<string, string | null>>
  readonly sending: boolean
  readonly last: ExchangeEvent | null
  readonly error: UiError | null
  send(request: ConsoleRequest): Promise<void>
  /** A runnable curl command with X-Bunq-Client-Signature computed for this exact body. */
  toCurl(request: ConsoleRequest): Promise<string>
}

export type SnippetLanguage = 'curl' | 'typescript' | 'python'

/**
 * The history as a list source for a virtualised view: `count` plus synchronous `slice`, so the
 * view renders only the visible rows of 5,000+. Entries are redacted (never raw) and newest first.
 */
export interface HistoryModel {
  readonly count: number
  readonly loading: boolean
  slice(start: number, end: number): readonly Exchange[]
  get(id: string): Exchange | null
  /** Code for this exchange (src/snippets/*), with any signature recomputed where needed. */
  snippet(exchange: Exchange, language: SnippetLanguage): Promise<string>
  clear(): Promise<void>
}

export type ThemeChoice = 'system' | 'light' | 'dark'

export interface SettingsModel {
  /** The bank chosen and whether a context of it is open (docs/decisions/0023). */
  readonly bank?: BankView
  /** "No context for this bank yet": make one there and open it. */
  createContextForBank?(): Promise<void>
  /** The state of that creation (its error, if any). */
  readonly bankAction?: ActionState
  readonly theme: ThemeChoice
  readonly transport: TransportConfig
  readonly productionUnlocked: boolean
  readonly autoLockMinutes: number
  readonly presenter: boolean
  /** Result of the last transport check (CORS diagnosis). */
  readonly transportCheck: ActionState
  setTheme(theme: ThemeChoice): void
  setTransport(transport: TransportConfig): void
  /** Call only after the typed confirmation in the UI. */
  unlockProduction(): void
  lockProduction(): void
  setAutoLockMinutes(minutes: number): void
  setPresenter(on: boolean): void
  /** Probes the configured transport and explains what it finds (offline, CORS, ...). */
  checkTransport(): Promise<void>
  /**
   * What the app last found out about reaching the live transport: from a check, or
   * from a call that failed at network level. Null for the practice bank, before any check, and
   * after a call went through. Structured, so the UI lists what was tried and what to do next.
   */
  readonly diagnosis: Diagnosis | null
  /** Notes about the start-up link in plain words (a removed secret, production waiting). */
  readonly linkNotes: readonly string[]
  /** Applies a start-up link's transport (`?transport=...`); production waits for the unlock. */
  applyLink(link: TransportLink): void
}
