/**
 * The contracts between the views and the state layer. Views receive one `AppModels` value and
 * read only these interfaces; fakes (src/state/fakes) and the real rune classes built on the
 * protocol core and the vault both implement them. Every getter must be reactive (a `$state` or
 * `$derived` behind it) so that views update; methods never throw — they turn errors into the
 * `error`/`ActionState` fields (architecture.md, house style 4: "stores turn errors into state").
 */
import type { Environment, OnboardingStage, TransportConfig, UserType } from '../bunq/context'
import type { ExchangeEvent, Exchange } from '../bunq/exchange'
import type { Diagnosis, TransportLink } from '../transport'
import type { PostmanEnvironment } from '../bunq/postman-environment'

/** A failure as the UI shows it: a BunqError turned into state. Never holds a secret. */
export interface UiError {
  /** A code from src/bunq/error-codes.ts; explained by src/ui/error-explainers.ts. */
  code: string
  /** What failed, in the app's words (BunqError.message). */
  message: string
  /** What to do (BunqError.hint), if the error carried one. */
  hint?: string
  /** bunq's own `error_description`, verbatim, when the server answered (bunq-protocol.md §8). */
  bunqText?: string | null
  /** X-Bunq-Client-Response-Id of the failed response, for bunq support (§7). */
  responseId?: string | null
  /** HTTP status, when there was a response. */
  status?: number | null
}

/** The state of one user action (top up, pay, renew, ...). */
export interface ActionState {
  status: 'idle' | 'running' | 'done' | 'failed'
  /** A short human line: "Requested 100.00 EUR from Sugar Daddy: ACCEPTED". */
  message: string | null
  error: UiError | null
}

export const IDLE: ActionState = { status: 'idle', message: null, error: null }

// ---------------------------------------------------------------- vault (src/state/vault.svelte.ts)

export type VaultStatus = 'loading' | 'empty' | 'locked' | 'unlocked' | 'unavailable'

/** One stored API context as the list shows it (no secret in here). */
export interface ContextSummary {
  id: string
  name: string
  environment: Environment
  stage: OnboardingStage
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

// --------------------------------------------------------------------------------- session bar

export interface SessionUser {
  userId: number
  userType: UserType
  displayName: string
}

export interface SessionModel {
  /** Null until a session is open. */
  readonly who: SessionUser | null
  readonly environment: Environment
  readonly transport: TransportConfig
  /** Epoch ms when the session ends (bunq-protocol.md §4.6), null when there is none. */
  readonly expiresAt: number | null
  readonly action: ActionState
  /** POST /session-server again (respecting its 1-per-30-s limit, §9). */
  renew(): Promise<void>
  /** DELETE /session/0 (§4.7); the installation and device stay. */
  end(): Promise<void>
  /** Locks the vault: the same as VaultModel.lock, offered in the bar. */
  lock(): void
  /** No session, but the device is registered: the bar offers "Open session" (renew opens one). */
  readonly canOpen?: boolean
  /** A short notice, e.g. the client renewed an expired session by itself (QA item 9). */
  readonly notice?: string | null
  dismissNotice?(): void
}

// ------------------------------------------------------------------------ API key + onboarding

export type OnboardingStepId = 'create-user' | 'key-pair' | 'installation' | 'device' | 'session'

/** `locked`: an earlier step is not done yet. `ready`: may run now. */
export type StepStatus = 'locked' | 'ready' | 'running' | 'done' | 'failed'

export interface OnboardingStep {
  readonly id: OnboardingStepId
  readonly status: StepStatus
  /** The last HTTP exchange of this step (none for key-pair, which is local). */
  readonly exchange: ExchangeEvent | null
  readonly error: UiError | null
  /** What the step produced, in one line ("Installation token received; server key stored"). */
  readonly result: string | null
}

export type SandboxUserKind = 'person' | 'company'

export interface OnboardingModel {
  /** Derived from the context (src/bunq/context.ts onboardingStage). */
  readonly stage: OnboardingStage
  /** Always the five steps, in order. */
  readonly steps: readonly OnboardingStep[]
  /** Where the API key came from: created here, pasted, or none yet. */
  readonly apiKeySource: 'none' | 'created' | 'pasted'
  /** The API key itself (a secret: show only through SecretText), null before step 1. */
  readonly apiKey: string | null
  readonly environment: Environment
  /** The client public key PEM after step 2 (public, safe to show). */
  readonly publicKeyPem: string | null
  /** Result of the last createSandboxUser/useApiKey call. */
  readonly apiKeyAction: ActionState
  /** Step 1 for the sandbox: POST /sandbox-user-person or /sandbox-user-company (§4.1). */
  createSandboxUser(kind: SandboxUserKind): Promise<void>
  /** Uses a key the user already has; checks its environment (`sandbox_` prefix, §2). */
  useApiKey(key: string): Promise<void>
  /** Runs one step (only when its status is `ready` or `failed`). */
  run(step: OnboardingStepId): Promise<void>
  /** Runs every remaining step in order, stopping at the first failure. */
  runAll(): Promise<void>
}

// ------------------------------------------------------------------------------------ accounts

export interface Money {
  /** A decimal string, e.g. "12.34" or "-0.10" (§3). */
  value: string
  currency: string
}

export interface Account {
  id: number
  description: string
  iban: string | null
  displayName: string
  balance: Money
  status: string
}

export interface PaymentItem {
  id: number
  /** bunq's UTC timestamp "YYYY-MM-DD hh:mm:ss.ffffff". */
  created: string
  /** Negative for outgoing (§17). */
  amount: Money
  counterpartyName: string
  counterpartyIban: string | null
  description: string
  type: string
}

export interface RequestItem {
  id: number
  created: string
  amount: Money
  counterpartyName: string
  description: string
  /** PENDING, ACCEPTED, REJECTED, REVOKED, EXPIRED. */
  status: string
}

/** One page of a bunq list (§10.5), newest first. */
export interface Page<T> {
  readonly items: readonly T[]
  readonly hasOlder: boolean
  readonly hasNewer: boolean
  readonly loading: boolean
  readonly error: UiError | null
}

export type AliasType = 'EMAIL' | 'PHONE_NUMBER' | 'IBAN'

/** A bunq Pointer (§10.3); `name` is required for IBAN. */
export interface CounterpartyAlias {
  type: AliasType
  value: string
  name: string
}

export interface PaymentDraft {
  /** A validated positive amount with at most 2 decimals, in EUR. */
  amount: string
  counterparty: CounterpartyAlias
  description: string
}

export type ListName = 'payments' | 'requests'

export interface AccountsModel {
  readonly accounts: readonly Account[]
  readonly selectedId: number | null
  readonly loading: boolean
  readonly error: UiError | null
  readonly payments: Page<PaymentItem>
  readonly requests: Page<RequestItem>
  readonly topUpState: ActionState
  readonly payState: ActionState
  readonly createState: ActionState
  select(accountId: number): Promise<void>
  refresh(): Promise<void>
  /** Asks sugardaddy@bunq.com for money (at most 500 EUR a request, §10.2) and follows its status. */
  topUp(amount: string): Promise<void>
  /** POST .../payment, signed, sent once (house style 6). */
  pay(draft: PaymentDraft): Promise<void>
  /** Loads the page older (or newer) than the current one. */
  older(list: ListName): Promise<void>
  newer(list: ListName): Promise<void>
  /** POST .../monetary-account-bank with this description. */
  createAccount(description: string): Promise<void>
}

// ------------------------------------------------------------------------------------- console

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

// ------------------------------------------------------------------------------------- history

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

// ------------------------------------------------------------------------------------ settings

export type ThemeChoice = 'system' | 'light' | 'dark'

export interface SettingsModel {
  readonly theme: ThemeChoice
  readonly transport: TransportConfig
  readonly productionUnlocked: boolean
  readonly autoLockMinutes: number
  readonly presenter: boolean
  /** Result of the last transport check (CORS diagnosis, issue 6). */
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
   * What the app last found out about reaching the live transport (issue 6): from a check, or
   * from a call that failed at network level. Null for the practice bank, before any check, and
   * after a call went through. Structured, so the UI lists what was tried and what to do next.
   */
  readonly diagnosis: Diagnosis | null
  /** Notes about the start-up link in plain words (a removed secret, production waiting). */
  readonly linkNotes: readonly string[]
  /** Applies a start-up link's transport (`?transport=...`); production waits for the unlock. */
  applyLink(link: TransportLink): void
}

// ------------------------------------------------------------------------------ the whole app

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

// ------------------------------------------------------------------------------ practice bank

/** A teaching fault: the next call(s) get this error from the practice bank (issue 3). */
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

/** A callback bunq would have POSTed to a notification filter URL (bunq-protocol.md §10.6). */
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
  load(): Promise<void>
  trigger(fault: PracticeFault): Promise<void>
  /** All users, keys and money gone, its saved state replaced; call after confirmation. */
  reset(): Promise<void>
  setRateLimits(on: boolean): void
  setSugarDaddyDelayMs(ms: number): void
  setExpiredSessionStatus(status: 401 | 403): void
  /** Copies the inspector's latest rows into view. */
  refreshInspector(): void
}
