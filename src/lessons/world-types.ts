/** The shapes the LessonWorld (world.ts) shares with lessons, the runner and the UI. */
import type { ExchangeEvent } from '../bunq/exchange'
import type { Pointer } from '../bunq/types'
import { BunqError } from '../errors'

export type UserKind = 'person' | 'company'

export interface WorldExchange {
  actor: string
  event: ExchangeEvent
}

/** One line per HTTP call, for checks ("did a 429 happen in this step?"). No secret in it. */
export interface LogLine {
  actor: string
  method: string
  path: string
  status: number | null
  errorCode: string | null
}

/** How a variant member's client differs from the member it copies (see `variant`). */
export interface VariantOptions {
  /** Sign with this private key instead (a wrong key: the bank refuses the signature). */
  privateKeyPem?: string
  /**
   * true: bunq's limits, kept by the client. false: no client-side limiter, and a 429 is reported
   * at once instead of retried. Default: see LessonWorld (`limiter` off on the lesson bank).
   */
  limiter?: boolean
  /**
   * Widen every limiter window by this much. The client counts a call when it sends it, the
   * server when it arrives, so a window measured to the millisecond can still earn a 429.
   */
  windowMarginMs?: number
}

export interface MemberAccount {
  accountId: number
  iban: string
  /** How others address this member: its IBAN with the name bunq needs for it (docs/protocol.md §10.3). */
  pointer: Pointer
}

/** A lesson that needs the in-page bank's fault switches ran on a bank across the network. */
export class LessonNeedsPracticeBankError extends BunqError {
  constructor() {
    super(
      'no-context',
      'This lesson needs the practice bank inside the page: its fault switches are not reachable over the network.',
      'Switch the transport to "practice" in Settings, or open the lesson link without transport parameters.',
    )
  }
}
