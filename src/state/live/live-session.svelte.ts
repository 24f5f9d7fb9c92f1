/**
 * The real SessionModel: who is signed in (from the session-server answer kept in the context),
 * the environment, the transport, when the session ends (bunq-protocol.md §4.6), and renew / end /
 * lock. Renewing is a new POST /session-server; the client's limiter keeps bunq's one-per-30-s
 * rule (§9). Ending is DELETE /session/{id} (§4.7): installation and device stay.
 */
import type { TransportConfig } from '../../bunq/context'
import { IDLE, type ActionState, type SessionModel, type SessionUser } from '../models'
import { track } from './ui-error'
import type { Workspace } from './workspace.svelte'

/** The name a user object shows: display_name, else a company's name, else the nick name. */
export function displayNameOf(user: Record<string, unknown>): string {
  for (const field of ['display_name', 'name', 'public_nick_name', 'first_name']) {
    const value = user[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return 'bunq user'
}

export class LiveSession implements SessionModel {
  #action = $state<ActionState>(IDLE)
  readonly #ws: Workspace
  readonly #lock: () => void

  constructor(workspace: Workspace, lock: () => void) {
    this.#ws = workspace
    this.#lock = lock
  }

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
  get transport(): TransportConfig {
    return this.#ws.transport
  }
  get expiresAt() {
    return this.#ws.context?.session?.expiresAt ?? null
  }
  get action() {
    return this.#action
  }

  async renew() {
    await track(
      (state) => (this.#action = state),
      async () => {
        const context = await (await this.#ws.client()).openSession()
        const minutes = Math.round(((context.session?.expiresAt ?? 0) - this.#ws.now()) / 60_000)
        return `New session opened; it ends in about ${minutes} minutes.`
      },
    )
  }

  async end() {
    await track(
      (state) => (this.#action = state),
      async () => {
        await (await this.#ws.client()).endSession()
        return 'Session ended. Installation and device are kept: open a new session any time.'
      },
    )
  }

  lock() {
    this.#action = IDLE
    this.#lock()
  }
}
