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
import {
  bankLabel,
  bankOf,
  environmentOf,
  sameBinding,
  transportOf,
  type BankBinding,
} from '../../bunq/bank'
import type { BunqClient, ContextHolder } from '../../bunq/client'
import type { ApiContext, TransportConfig } from '../../bunq/context'
import { onboardingStage, type Environment, type OnboardingStage } from '../../bunq/context'
import type { ExchangeEvent, ExchangeListener } from '../../bunq/exchange'
import { isErrorCode } from '../../bunq/error-codes'
import { BunqError } from '../../errors'
import type { Platform } from '../../platform/platform'
import type { ContextMeta } from '../../storage/records'
import { vaultNotOpen } from '../../storage/vault-errors'
import type { VaultService } from '../../storage/vault-service'
import type { TransportHandle } from '../../transport'
import type { VaultController, VaultSnapshot } from '../vault-controller'
import { bankOfSetting, type BankStatus } from './bank-status'
import { ExchangeListeners } from './exchange-listeners'

export interface WorkspaceDeps {
  platform: Platform
  controller: VaultController
  service: VaultService
  /** Builds the transport for a setting (src/transport createTransport, bound to the page). */
  makeTransport: (config: TransportConfig) => TransportHandle
  /** The bank chosen in settings, as the transport that reaches it. */
  initialTransport: TransportConfig
  /** The bank chosen follows a context the user switched to (settings keep it across reloads). */
  onBankFollowed?: (transport: TransportConfig) => void
  /** Every exchange of every client (the history model records it). */
  onExchange: ExchangeListener
  /** Tests turn the client's rate limiter off; the app keeps bunq's limits. */
  clientOptions?: { rateLimit?: { enabled?: boolean }; retry?: { backoffMs?: number } }
}

export class Workspace {
  /** The vault's active context, whatever its bank; views see it only in its own bank. */
  #active = $state.raw<ApiContext | null>(null)
  #meta = $state.raw<ContextMeta | null>(null)
  /** The bank chosen in settings (docs/decisions/0023): only its contexts are shown and used. */
  #bank = $state.raw<BankBinding>({ kind: 'practice-in-page' })
  /** Bumped on every context change, so views re-read time-derived values. */
  #version = $state(0)
  #lastActive: VaultSnapshot['active'] = null
  #client: BunqClient | null = null
  #handle: TransportHandle | null = null
  // Not state: listeners are callbacks, not something a view renders.
  readonly #listeners = new ExchangeListeners()
  readonly #deps: WorkspaceDeps

  constructor(deps: WorkspaceDeps) {
    this.#deps = deps
    this.#bank = bankOfSetting(deps.initialTransport)
    deps.controller.subscribe((snapshot) => this.#adopt(snapshot))
  }

  /**
   * The active context, if it belongs to the bank chosen; else null, so no view shows one bank's
   * identity or data while another bank is chosen (docs/decisions/0023).
   */
  get context(): ApiContext | null {
    const active = this.#active
    return active && sameBinding(active.bank, this.#bank) ? active : null
  }
  get meta(): ContextMeta | null {
    return this.context ? this.#meta : null
  }
  /** The transport of the bank chosen: new contexts are made there. */
  get transport(): TransportConfig {
    return transportOf(this.#bank)
  }
  get bank(): BankBinding {
    return this.#bank
  }
  get bankStatus(): BankStatus {
    const unlocked = this.#deps.controller.snapshot.status === 'unlocked'
    return {
      bank: this.#bank,
      label: bankLabel(this.#bank),
      context: !unlocked ? 'locked' : this.context ? 'active' : 'none',
    }
  }
  get version(): number {
    return this.#version
  }
  get environment(): Environment {
    return this.context?.environment ?? environmentOf(this.#bank)
  }
  /** The onboarding stage (the public key stands for the pair, src/bunq/context.ts). */
  stage(): OnboardingStage {
    const context = this.context
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

  /**
   * Another bank chosen in settings: switch to the newest context of that bank, or show none
   * ("no context for this bank yet"). The current context is never relabelled.
   */
  setTransport(config: TransportConfig): void {
    const bank = bankOfSetting(config)
    if (sameBinding(bank, this.#bank)) return
    this.#bank = bank
    this.#version++
    this.#dropClient()
    void this.#openContextOfBank()
  }

  /** The transport handle of the context's bank (built lazily; may throw on a bad URL). */
  transportHandle(): TransportHandle {
    this.#handle ??= this.#deps.makeTransport(transportOf(this.context?.bank ?? this.#bank))
    return this.#handle
  }

  /** Makes sure there is a context of the chosen bank to work in (creates one if there is none). */
  async ensureContext(name: string): Promise<void> {
    const { controller } = this.#deps
    if (controller.snapshot.status !== 'unlocked') throw vaultNotOpen()
    if (this.context) return
    const bank = this.#bank
    const ok = await controller.createContext({
      name,
      environment: environmentOf(bank),
      transport: transportOf(bank),
    })
    if (!ok) throw this.#vaultError()
  }

  /** Opens the newest stored context of the chosen bank, if the active one is of another. */
  async #openContextOfBank(): Promise<void> {
    const { controller } = this.#deps
    const snapshot = controller.snapshot
    if (snapshot.status !== 'unlocked' || this.context) return
    const bank = this.#bank
    const match = snapshot.contexts
      .filter((meta) => sameBinding(bankOf(meta.transport, meta.environment), bank))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0]
    if (match) await controller.switchTo(match.id)
  }

  /**
   * The vault's non-extractable signing key for this context, or null: only when the vault's
   * active context has the same public key (a key that belongs to another pair never signs).
   */
  signingKey(context: ApiContext | null = this.context): CryptoKey | null {
    const active = this.#deps.controller.snapshot.active
    if (!context?.publicKeyPem || active?.context.publicKeyPem !== context.publicKeyPem) return null
    return active.keys.privateKey
  }

  /** The client over the active context and the current transport. */
  async client(): Promise<BunqClient> {
    if (!this.context) throw this.#noContext()
    if (!this.#client) {
      // The protocol core loads on demand, with the first call (src/boot/chunks.ts).
      // Checked again after the wait: a lock or another call may have come in between.
      const { createBunqClient } = await import('../../bunq/client')
      if (!this.context) throw this.#noContext()
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
  capture<T>(listener: ExchangeListener, work: () => Promise<T>): Promise<T> {
    return this.#listeners.capture(listener, work)
  }

  /** Every exchange from now on, until the returned function is called (the session bar's notices). */
  watch(listener: ExchangeListener): () => void {
    return this.#listeners.watch(listener)
  }

  /** The ContextHolder the BunqClient reads and writes (client.ts). */
  readonly holder: ContextHolder = {
    get: () => {
      const context = this.context
      if (!context) throw this.#noContext()
      return context
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
    this.#listeners.emit(event)
  }

  #show(context: ApiContext | null): void {
    this.#active = context
    this.#version++
  }

  /** Locked, or no context of the chosen bank: say which, and what to do. */
  #noContext(): BunqError {
    if (this.#deps.controller.snapshot.status !== 'unlocked') return vaultNotOpen()
    const label = bankLabel(this.#bank)
    return new BunqError(
      'no-context',
      `There is no context for ${label} yet.`,
      `Create one for ${label} (Settings, or the API key page), or choose another bank in Settings.`,
    )
  }

  #adopt(snapshot: VaultSnapshot): void {
    const active = snapshot.active
    if (active === this.#lastActive) return
    const previous = this.#lastActive
    this.#lastActive = active
    if (!active) {
      this.#meta = null
      this.#show(null)
      this.#dropClient()
      return
    }
    const opened = previous === null
    const switched = active.meta.id !== this.#meta?.id
    const bankChanged = !sameBinding(active.context.bank, this.#active?.bank ?? this.#bank)
    this.#meta = active.meta
    // The client reads the context through the holder, so it follows a switch within one bank;
    // only its keys go. It is kept (not rebuilt) because bunq's rate limits are per IP and endpoint,
    // not per user (docs/protocol.md §9). A context of another bank needs that bank's transport.
    if (switched) this.#client?.forgetKeys()
    if (bankChanged) this.#dropClient()
    this.#show(active.context)
    if (sameBinding(active.context.bank, this.#bank)) return
    if (opened) {
      // Unlocked (or the last context went): the bank chosen wins; open a context of it if any.
      void this.#openContextOfBank()
    } else if (switched) {
      // The user switched to a context of another bank: the chosen bank follows it.
      this.#bank = active.context.bank
      this.#version++
      this.#deps.onBankFollowed?.(transportOf(active.context.bank))
    }
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
