/**
 * The cast as view state: make three sandbox users in one action, then let them pay
 * and ask each other, keeping both sides of every payment and request on screen. Thin over
 * src/lessons/cast.ts; errors become state (docs/architecture.md, "one error family"), methods never throw.
 */
import type { TransportConfig } from '../bunq/context'
import type { WorkshopBackend } from '../lessons/backend'
import { Cast, CAST, type CastMember, type PaymentPair, type RequestPair } from '../lessons/cast'
import { LessonWorld } from '../lessons/world'
import { BunqError } from '../errors'
import type { Platform } from '../platform/platform'
import { IDLE, type ActionState } from './models/base'
import { toUiError } from './ui-error'

export interface CastDeps {
  platform: Platform
  transport: () => TransportConfig
  backend: (config: TransportConfig) => Promise<WorkshopBackend>
}

export class CastState {
  #members = $state<CastMember[]>([])
  #payments = $state<PaymentPair[]>([])
  #requests = $state<RequestPair[]>([])
  #action = $state<ActionState>(IDLE)
  #backendLabel = $state<string | null>(null)
  #cast: Cast | null = null
  readonly #deps: CastDeps

  constructor(deps: CastDeps) {
    this.#deps = deps
  }

  /** The names a form offers, in order (the members exist once `ready`). */
  readonly names: readonly string[] = CAST.map((c) => c.name)

  get members(): readonly CastMember[] {
    return this.#members
  }
  get payments(): readonly PaymentPair[] {
    return this.#payments
  }
  get requests(): readonly RequestPair[] {
    return this.#requests
  }
  get action(): ActionState {
    return this.#action
  }
  get ready(): boolean {
    return this.#members.length === CAST.length
  }
  get backendLabel(): string | null {
    return this.#backendLabel
  }

  /** Creates and funds the whole cast on a fresh backend (a new cast replaces the old one). */
  async assemble(): Promise<void> {
    await this.#act('Creating the cast…', async () => {
      const backend = await this.#deps.backend(this.#deps.transport())
      this.#backendLabel = backend.label
      const cast = new Cast(new LessonWorld(backend, this.#deps.platform))
      this.#cast = cast
      this.#members = []
      this.#payments = []
      this.#requests = []
      await cast.assemble('200.00', (line) => (this.#action = { ...this.#action, message: line }))
      this.#members = await cast.members()
      return 'Anna, Bram and Acme each have a session and 200.00 EUR.'
    })
  }

  async pay(from: string, to: string, amount: string, description: string): Promise<void> {
    await this.#act(`${from} pays ${to}…`, async () => {
      const cast = this.#need()
      const pair = await cast.pay(from, to, amount, description)
      this.#payments = [pair, ...this.#payments]
      this.#members = await cast.members()
      return `${from} paid ${amount} EUR to ${to}.`
    })
  }

  async request(from: string, to: string, amount: string, description: string): Promise<void> {
    await this.#act(`${from} asks ${to}…`, async () => {
      const cast = this.#need()
      const pair = await cast.request(from, to, amount, description)
      this.#requests = [pair, ...this.#requests]
      return `${from} asked ${to} for ${amount} EUR.`
    })
  }

  /** The payer of request `index` accepts (or rejects) it. */
  async respond(index: number, answer: 'ACCEPTED' | 'REJECTED'): Promise<void> {
    const pair = this.#requests[index]
    if (!pair) return
    await this.#act(`${pair.payer.name} answers…`, async () => {
      const cast = this.#need()
      const next = await cast.respond(pair, answer)
      this.#requests = this.#requests.map((r, i) => (i === index ? next : r))
      this.#members = await cast.members()
      return `${pair.payer.name} ${answer === 'ACCEPTED' ? 'accepted' : 'rejected'} “${pair.description}”.`
    })
  }

  /** Every secret the cast holds: masked on screen in presenter mode. */
  secrets(): string[] {
    return this.#cast?.world.secrets() ?? []
  }

  #need(): Cast {
    if (!this.#cast)
      throw new BunqError('no-context', 'There is no cast yet.', 'Create the cast first.')
    return this.#cast
  }

  async #act(start: string, work: () => Promise<string>): Promise<void> {
    if (this.#action.status === 'running') return
    this.#action = { status: 'running', message: start, error: null }
    try {
      const message = await work()
      this.#action = { status: 'done', message, error: null }
    } catch (error) {
      this.#action = { status: 'failed', message: null, error: toUiError(error) }
    }
  }
}
