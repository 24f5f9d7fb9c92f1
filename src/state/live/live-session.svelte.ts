/**
 * The real SessionModel: who is signed in (from the session-server answer kept in the context),
 * the environment, the transport, when the session ends (docs/protocol.md §4.6), and renew / end /
 * lock. Renewing is a new POST /session-server; the client's limiter keeps bunq's one-per-30-s
 * rule (§9). Ending is DELETE /session/{id} (§4.7): installation and device stay.
 *
 * The client renews an expired session by itself for a read (client.ts): an answer "Insufficient
 * authorisation." (§8) followed at once by POST /session-server. That would be silent,
 * so the bar gets a notice when it sees that pair of exchanges and did not ask for it itself.
 */
import type { TransportConfig } from '../../bunq/context'
import type { Exchange } from '../../bunq/exchange'
import { IDLE, type ActionState } from '../models/base'
import type { SessionUser } from '../models/session-onboarding'
import { track } from '../ui-error'
import type { Workspace } from './workspace.svelte'

/** The name a user object shows: display_name, else a company's name, else the nick name. */
export function displayNameOf(user: Record<string, unknown>): string {
  for (const field of ['display_name', 'name', 'public_nick_name', 'first_name']) {
    const value = user[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return 'bunq user'
}

export class LiveSession {
  #action = $state<ActionState>(IDLE)
  #notice = $state<string | null>(null)
  /** The previous exchange was refused as 'session-expired'. */
  #justExpired = false
  /** This model is opening a session itself (Renew / Open session): no notice for that. */
  #opening = false
  readonly #ws: Workspace
  readonly #lock: () => void

  constructor(workspace: Workspace, lock: () => void) {
    this.#ws = workspace
    this.#lock = lock
    workspace.watch((event) => this.#observe(event.redacted))
  }

  /** A device is registered but no session is open (or it has ended): "Open session" runs. */
  get canOpen(): boolean {
    const context = this.#ws.context
    if (!context?.installation || !context.device) return false
    const session = context.session
    return !session || session.expiresAt <= this.#ws.now()
  }
  /** A short notice, e.g. the client renewed an expired session by itself. */
  get notice() {
    return this.#notice
  }
  dismissNotice() {
    this.#notice = null
  }

  #observe(exchange: Exchange): void {
    const renewedAfterExpiry =
      this.#justExpired &&
      !this.#opening &&
      exchange.request.method === 'POST' &&
      exchange.request.url.endsWith('/session-server') &&
      exchange.errorCode === null &&
      exchange.response?.status === 200
    this.#justExpired = exchange.errorCode === 'session-expired'
    if (renewedAfterExpiry) this.#notice = 'Session had expired: renewed automatically'
  }

  /** Null until a session is open. */
  get who(): SessionUser | null {
    const session = this.#ws.context?.session
    if (!session) return null
    return {
      userId: session.userId,
      userType: session.userType,
      displayName: displayNameOf(session.user),
    }
  }
  get environment() {
    return this.#ws.environment
  }
  /** The bank the identity shown lives in (or the bank chosen, when it has no context yet). */
  get bank() {
    return this.#ws.bankStatus
  }
  get transport(): TransportConfig {
    return this.#ws.transport
  }
  /** Epoch ms when the session ends (docs/protocol.md §4.6), null when there is none. */
  get expiresAt() {
    return this.#ws.context?.session?.expiresAt ?? null
  }
  get action() {
    return this.#action
  }

  /** POST /session-server again (respecting its 1-per-30-s limit, §9). */
  async renew() {
    this.#notice = null
    await track(
      (state) => (this.#action = state),
      async () => {
        const client = await this.#ws.client()
        this.#opening = true
        const context = await client.openSession().finally(() => (this.#opening = false))
        const minutes = Math.round(((context.session?.expiresAt ?? 0) - this.#ws.now()) / 60_000)
        return `New session opened; it ends in about ${minutes} minutes.`
      },
    )
  }

  /** DELETE /session/0 (§4.7); the installation and device stay. */
  async end() {
    await track(
      (state) => (this.#action = state),
      async () => {
        await (await this.#ws.client()).endSession()
        return 'Session ended. Installation and device are kept: open a new session any time.'
      },
    )
  }

  /** Locks the vault: the same as VaultModel.lock, offered in the bar. */
  lock() {
    this.#action = IDLE
    this.#notice = null
    this.#lock()
  }
}
