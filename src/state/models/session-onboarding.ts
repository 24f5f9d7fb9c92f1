import type { UserType } from '../../bunq/context'
import type { ExchangeEvent } from '../../bunq/exchange'
import type { UiError } from './base'

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
