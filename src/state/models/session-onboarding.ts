import type { Environment, OnboardingStage, TransportConfig, UserType } from '../../bunq/context'
import type { ExchangeEvent } from '../../bunq/exchange'
import type { ActionState, UiError } from './base'

export interface SessionUser {
  userId: number
  userType: UserType
  displayName: string
}

/** The bank chosen and whether the active identity lives in it (docs/decisions/0023). */
export interface BankView {
  /** "Practice bank (this page)", "bunq sandbox", ... */
  readonly label: string
  /** 'active': the identity shown lives in this bank; 'none': no context for this bank yet. */
  readonly context: 'active' | 'none' | 'locked'
}

export interface SessionModel {
  /** The bank the identity shown lives in (or the bank chosen, when it has no context yet). */
  readonly bank?: BankView
  /** Null until a session is open. */
  readonly who: SessionUser | null
  readonly environment: Environment
  readonly transport: TransportConfig
  /** Epoch ms when the session ends (docs/protocol.md §4.6), null when there is none. */
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
  /** A short notice, e.g. the client renewed an expired session by itself. */
  readonly notice?: string | null
  dismissNotice?(): void
}

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
