/** A SessionModel over fixed data; renew moves the expiry, end clears the user. */
import type { Environment, TransportConfig } from '../../../src/bunq/context'
import {
  IDLE,
  type ActionState,
  type SessionModel,
  type SessionUser,
} from '../../../src/state/models'
import { FAKE_DISPLAY_NAME, FAKE_USER_ID } from './onboarding-exchanges'

export interface FakeSessionOptions {
  signedIn?: boolean
  now?: () => number
  environment?: Environment
  transport?: () => TransportConfig
  onLock?: () => void
}

const WEEK_MS = 604_800_000

export class FakeSession implements SessionModel {
  #who = $state<SessionUser | null>(null)
  #expiresAt = $state<number | null>(null)
  #action = $state<ActionState>(IDLE)
  #now: () => number
  #transport: () => TransportConfig
  #onLock: () => void
  readonly environment: Environment

  constructor(options: FakeSessionOptions = {}) {
    this.#now = options.now ?? (() => 1_767_225_600_000)
    this.#transport = options.transport ?? (() => ({ kind: 'practice' }))
    this.#onLock = options.onLock ?? (() => {})
    this.environment = options.environment ?? 'SANDBOX'
    if (options.signedIn) this.open()
  }

  /** Test hook: what a finished onboarding does. */
  open() {
    this.#who = { userId: FAKE_USER_ID, userType: 'UserPerson', displayName: FAKE_DISPLAY_NAME }
    this.#expiresAt = this.#now() + WEEK_MS - 3_600_000
  }

  get who() {
    return this.#who
  }
  get transport() {
    return this.#transport()
  }
  get expiresAt() {
    return this.#expiresAt
  }
  get action() {
    return this.#action
  }
  /** The fake never has a device without a session, nor renews by itself. */
  get canOpen() {
    return false
  }
  get notice(): string | null {
    return null
  }
  dismissNotice() {}

  async renew() {
    this.#action = { status: 'running', message: null, error: null }
    await Promise.resolve()
    this.#expiresAt = this.#now() + WEEK_MS
    this.#action = { status: 'done', message: 'Session renewed.', error: null }
  }

  async end() {
    this.#who = null
    this.#expiresAt = null
    this.#action = { status: 'done', message: 'Session ended.', error: null }
  }

  lock() {
    this.#who = null
    this.#expiresAt = null
    this.#onLock()
  }
}
