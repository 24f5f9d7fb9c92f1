/**
 * The one live world the real models share: the vault's active ApiContext as reactive state, the
 * transport chosen in settings, and the BunqClient built over both (rebuilt when the transport
 * changes or the vault locks; a context switch keeps it, see #adopt). It is the ContextHolder the
 * client reads and writes: `set()` shows the new context at once and persists it through the
 * vault (so a closed tab resumes where it stopped), and changes from the vault (unlock, switch,
 * another tab, lock) flow back in through the controller's snapshots.
 *
 * Keys never sit here as PEM (docs/architecture.md, "non-extractable keys"): the vault imports the private key non-extractable
 * at unlock and drops its PEM (vault-active.ts), and the client signs with that CryptoKey through
 * `signingKey` (src/bunq/key-ring.ts). A freshly generated pair passes its PEM through `set()`
 * once, for the vault to encrypt; what is shown and kept here has `privateKeyPem: null`.
 */
import type { BunqClient, ContextHolder } from '../../bunq/client'
import type { ApiContext, TransportConfig } from '../../bunq/context'
import { onboardingStage, type Environment, type OnboardingStage } from '../../bunq/context'
import type { ExchangeEvent, ExchangeListener } from '../../bunq/exchange'
import { isErrorCode } from '../../bunq/error-codes'
import { BunqError } from '../../errors'
import type { Platform } from '../../platform/platform'
import type { ContextMeta } from '../../storage/records'
import type { VaultService } from '../../storage/vault-service'
import type { TransportHandle } from '../../transport'
import type { VaultController, VaultSnapshot } from '../vault-controller'

export interface WorkspaceDeps {
  platform: Platform
  controller: VaultController
  service: VaultService
  /** Builds the transport for a setting (src/transport createTransport, bound to the page). */
  makeTransport: (config: TransportConfig) => TransportHandle
  initialTransport: TransportConfig
  /** Every exchange of every client (the history model records it). */
  onExchange: ExchangeListener
  /** Tests turn the client's rate limiter off; the app keeps bunq's limits. */
  clientOptions?: { rateLimit?: { enabled?: boolean }; retry?: { backoffMs?: number } }
}

const vaultLocked = () =>
  new BunqError(
    'vault-locked',
    'The vault is not open.',
    'Create or unlock your vault on the Start page first.',
  )

export class Workspace {
  #context = $state.raw<ApiContext | null>(null)
  #meta = $state.raw<ContextMeta | null>(null)
  #transport = $state.raw<TransportConfig>({ kind: 'practice' })
  /** Bumped on every context change, so views re-read time-derived values. */
  #version = $state(0)
  #lastActive: VaultSnapshot['active'] = null
  #client: BunqClient | null = null
  #handle: TransportHandle | null = null
  // Not state: listeners are callbacks, not something a view renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #listeners = new Set<ExchangeListener>()
  readonly #deps: WorkspaceDeps

  constructor(deps: WorkspaceDeps) {
    this.#deps = deps
    this.#transport = deps.initialTransport
    deps.controller.subscribe((snapshot) => this.#adopt(snapshot))
  }

  get context(): ApiContext | null {
    return this.#context
  }
  get meta(): ContextMeta | null {
    return this.#meta
  }
  get transport(): TransportConfig {
    return this.#transport
  }
  get version(): number {
    return this.#version
  }
  get environment(): Environment {
    return this.#context?.environment ?? 'SANDBOX'
  }
  /** The onboarding stage (the public key stands for the pair, src/bunq/context.ts). */
  stage(): OnboardingStage {
    const context = this.#context
    return context ? onboardingStage(context, this.#deps.platform.now()) : 'no-user'
  }
  now(): number {
    return this.#deps.platform.now()
  }
  get platform(): Platform {
    return this.#deps.platform
  }
  get vaultProtection() {
    return this.#deps.controller.snapshot.protection
  }

  /** A new transport from settings: the next call builds a new client over it. */
  setTransport(config: TransportConfig): void {
    this.#transport = config
    this.#dropClient()
  }

  /** The transport handle for the current setting (built lazily; may throw on a bad URL). */
  transportHandle(): TransportHandle {
    this.#handle ??= this.#deps.makeTransport(this.#transport)
    return this.#handle
  }

  /** Makes sure there is an active context to work in (creates one in an open, empty vault). */
  async ensureContext(name: string, environment: Environment = 'SANDBOX'): Promise<void> {
    const { controller } = this.#deps
    if (controller.snapshot.status !== 'unlocked') throw vaultLocked()
    if (controller.snapshot.active) return
    const ok = await controller.createContext({ name, environment, transport: this.#transport })
    if (!ok) throw this.#vaultError()
  }

  /**
   * The vault's non-extractable signing key for this context, or null: only when the vault's
   * active context has the same public key (a key that belongs to another pair never signs).
   */
  signingKey(context: ApiContext | null = this.#context): CryptoKey | null {
    const active = this.#deps.controller.snapshot.active
    if (!context?.publicKeyPem || active?.context.publicKeyPem !== context.publicKeyPem) return null
    return active.keys.privateKey
  }

  /** The client over the active context and the current transport. */
  async client(): Promise<BunqClient> {
    if (!this.#context) throw vaultLocked()
    if (!this.#client) {
      // The protocol core loads on demand, with the first call (src/boot/chunks.ts).
      // Checked again after the wait: a lock or another call may have come in between.
      const { createBunqClient } = await import('../../bunq/client')
      if (!this.#context) throw vaultLocked()
      if (!this.#client) {
        const handle = this.transportHandle()
        this.#client = createBunqClient({
          platform: this.#deps.platform,
          transport: handle.transport,
          transportKind: handle.kind,
          baseUrl: handle.baseUrl,
          context: this.holder,
          signingKey: (context) => this.signingKey(context),
          onExchange: (event) => this.#emit(event),
          ...this.#deps.clientOptions,
        })
      }
    }
    return this.#client
  }

  /** Runs `work` and hands every exchange it makes to `listener` too (a step's own exchanges). */
  async capture<T>(listener: ExchangeListener, work: () => Promise<T>): Promise<T> {
    this.#listeners.add(listener)
    try {
      return await work()
    } finally {
      this.#listeners.delete(listener)
    }
  }

  /** Every exchange from now on, until the returned function is called (the session bar's notices). */
  watch(listener: ExchangeListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** The ContextHolder the BunqClient reads and writes (client.ts). */
  readonly holder: ContextHolder = {
    get: () => {
      if (!this.#context) throw vaultLocked()
      return this.#context
    },
    set: async (next) => {
      // A new pair's PEM goes to the vault (encrypted there, then dropped); never kept here.
      // Shown only once stored: a step that says "done" survives a reload (resume).
      const ok = await this.#deps.controller.saveActiveContext(next)
      if (!ok) throw this.#vaultError()
      this.#show({ ...next, privateKeyPem: null })
    },
  }

  #emit(event: ExchangeEvent): void {
    this.#deps.controller.touch() // an API call is activity: restart the idle auto-lock
    this.#deps.onExchange(event)
    for (const listener of this.#listeners) listener(event)
  }

  #show(context: ApiContext | null): void {
    this.#context = context
    this.#version++
  }

  #adopt(snapshot: VaultSnapshot): void {
    const active = snapshot.active
    if (active === this.#lastActive) return
    this.#lastActive = active
    if (!active) {
      this.#meta = null
      this.#show(null)
      this.#dropClient()
      return
    }
    const switched = active.meta.id !== this.#meta?.id
    this.#meta = active.meta
    // The client reads the context through the holder, so it follows a switch; only its keys go.
    // It is kept (not rebuilt) because bunq's rate limits are per IP and endpoint, not per user
    // (docs/protocol.md §9): a new limiter would forget a session-server call made a second ago.
    if (switched) this.#client?.forgetKeys()
    this.#show(active.context)
  }

  #dropClient(): void {
    this.#client?.forgetKeys()
    this.#client = null
    this.#handle = null
  }

  #vaultError(): BunqError {
    const e = this.#deps.controller.snapshot.lastError
    return new BunqError(
      e && isErrorCode(e.code) ? e.code : 'storage-unavailable',
      e?.message ?? 'The vault could not save.',
      e?.hint,
    )
  }
}
