/**
 * The vault model (docs/decisions/0009-one-state-class-per-model.md): one runes class over the
 * vault's engine, whose public members are what the views may use (`VaultModel` is its public
 * type, src/state/models/vault.ts). Private `$state` holds the engine's latest snapshot; getters
 * read it, so views re-render on change; methods never throw: failures land in `error`.
 *
 * The engine (VaultController, src/state/vault-controller.ts) stays plain TypeScript: it owns the
 * ordering rules (tab sync, idle auto-lock, refresh after a lock) and runs without the Svelte
 * compiler, in Node and in a bare page. Deleting and wiping pass the user's confirmation through
 * unchanged, so the service's guard (src/storage/vault-service.ts) still decides.
 *
 *   const { vault } = await wireVault({ platform, transport: () => settings.transport })
 *   if (vault.status === 'empty') await vault.create(passphrase)
 */
import { bankOf, type BankBinding } from '../bunq/bank'
import type { Environment, OnboardingStage, TransportConfig } from '../bunq/context'
import type { PostmanEnvironment } from '../bunq/postman-environment'
import type { Platform } from '../platform/platform'
import { openVaultStore } from '../storage/open-store'
import type { Protection } from '../storage/records'
import type { VaultStore } from '../storage/store'
import { createTabSync, type TabSync } from '../storage/tab-sync'
import type { KdfPolicy } from '../storage/vault-protection'
import { VaultService } from '../storage/vault-service'
import type { UiError } from './models/base'
import { VaultController, type VaultSnapshot, type VaultStatus } from './vault-controller'
import { browserTimers, type Timers } from './vault-idle'

export type { VaultStatus } from './vault-controller'

/** One stored API context as the list shows it (no secret, no transport details). */
export interface ContextSummary {
  id: string
  name: string
  environment: Environment
  stage: OnboardingStage
  /** The bank that issued the context's API key (absent in older fakes). */
  bank?: BankBinding
  /** Epoch ms of the last change. */
  updatedAt: number
}

/**
 * How the vault's data key is kept: under a passphrase, or "this browser only" (a random
 * non-extractable key in IndexedDB: convenience, not protection; practice and sandbox only).
 */
export type VaultProtection = Protection

/** What a confirmation dialog hands over once the user has confirmed (the service checks it). */
export type Confirmation = { confirmed: true }

export class Vault {
  #s = $state.raw<VaultSnapshot>() as VaultSnapshot
  readonly #contexts = $derived<readonly ContextSummary[]>(
    this.#s.contexts.map(({ id, name, environment, transport, stage, updatedAt }) => ({
      id,
      name,
      environment,
      stage,
      bank: bankOf(transport, environment),
      updatedAt,
    })),
  )
  readonly #engine: VaultController
  readonly #transport: () => TransportConfig

  /** `transport`: the setting new and imported contexts are made with. */
  constructor(engine: VaultController, transport: () => TransportConfig) {
    this.#engine = engine
    this.#transport = transport
    engine.subscribe((snapshot) => (this.#s = snapshot))
  }

  get status(): VaultStatus {
    return this.#s.status
  }
  /** False when IndexedDB is unavailable and everything lives in memory only (a banner says so). */
  get persistent(): boolean {
    return this.#s.persistent
  }
  /** Null before a vault exists. */
  get protection(): VaultProtection | null {
    return this.#s.protection ?? null
  }
  /** Oldest first. */
  get contexts(): readonly ContextSummary[] {
    return this.#contexts
  }
  get activeId(): string | null {
    return this.#s.active?.meta.id ?? null
  }
  /** Last failure (wrong-passphrase, weak-passphrase, vault-damaged, quota-exceeded, ...). */
  get error(): UiError | null {
    return this.#s.lastError
  }
  get busy(): boolean {
    return this.#s.busy
  }

  /** Creates an empty vault protected by this passphrase, and unlocks it. */
  async create(passphrase: string): Promise<void> {
    await this.#engine.createVault({ protection: 'passphrase', passphrase })
  }
  /** Creates a "this browser only" vault (no passphrase; opens by itself after a reload). */
  async createWithoutPassphrase(): Promise<void> {
    await this.#engine.createVault({ protection: 'browser' })
  }
  async unlock(passphrase: string): Promise<void> {
    await this.#engine.unlock(passphrase)
  }
  /** Forgets the key and every decrypted secret in memory, in every tab. */
  lock(): void {
    this.#engine.lock()
  }
  /** Re-encrypts under a new passphrase in one transaction; the old one must be right. */
  async changePassphrase(current: string, next: string): Promise<void> {
    await this.#engine.changePassphrase(current, next)
  }
  /** Turns a "this browser only" vault into a passphrase vault (needed for production). */
  async setPassphrase(passphrase: string): Promise<void> {
    await this.#engine.setPassphrase(passphrase)
  }
  /** Adds a new empty context with the current transport setting and makes it active. */
  async addContext(name: string, environment: Environment): Promise<void> {
    await this.#engine.createContext({ name, environment, transport: this.#transport() })
  }
  async switchTo(id: string): Promise<void> {
    await this.#engine.switchTo(id)
  }
  async rename(id: string, name: string): Promise<void> {
    await this.#engine.rename(id, name)
  }
  /** Deletes one context: the view passes the confirmation its dialog got from the user. */
  async remove(id: string, confirmation: Confirmation): Promise<void> {
    await this.#engine.deleteContext(id, confirmation)
  }
  /** Deletes the vault and every context: the view passes the typed confirmation it got. */
  async wipe(confirmation: Confirmation): Promise<void> {
    await this.#engine.wipe(confirmation)
  }
  /** A bunq.conf (Python or PHP SDK) as a new active context; a bad file stores nothing. */
  async importBunqConf(text: string, name: string): Promise<void> {
    await this.#engine.importBunqConf(text, name, this.#transport())
  }
  /** The bunq.conf text (secrets in plain text: the UI warns first), or null on failure. */
  exportBunqConf(id: string): Promise<string | null> {
    return this.#engine.exportBunqConf(id)
  }
  /** A Postman environment with the names of bunq's collection, or null on failure. */
  exportPostman(id: string): Promise<PostmanEnvironment | null> {
    return this.#engine.exportPostman(id)
  }
  /** User activity: restarts the idle auto-lock countdown (main.ts wires pointer and keys). */
  touch(): void {
    this.#engine.touch()
  }
  dismissError(): void {
    this.#engine.dismissError()
  }
}

export interface WireVaultOptions {
  platform: Pick<Platform, 'subtle' | 'randomBytes' | 'randomUUID' | 'now'>
  /** The transport setting new contexts get; defaults to the practice bank. */
  transport?: () => TransportConfig
  /** Defaults to IndexedDB, or memory where it cannot be opened. */
  store?: VaultStore
  sync?: TabSync
  timers?: Timers
  /** Tests only: a lower PBKDF2 work factor. Real vaults use 600,000 iterations. */
  kdf?: KdfPolicy
}

/** The vault's parts, wired once: the model for the views, and what the workspace needs. */
export interface WiredVault {
  store: VaultStore
  sync: TabSync
  service: VaultService
  controller: VaultController
  vault: Vault
}

/** Wires store, tab sync, service, controller and model, and loads the state. */
export async function wireVault(options: WireVaultOptions): Promise<WiredVault> {
  const { platform } = options
  const store = options.store ?? (await openVaultStore())
  const sync = options.sync ?? createTabSync()
  const crypto = { subtle: platform.subtle, randomBytes: platform.randomBytes }
  const newId = () => platform.randomUUID()
  const service = new VaultService({
    store,
    crypto,
    now: platform.now,
    newId,
    sync,
    kdf: options.kdf,
  })
  const controller = new VaultController({
    service,
    store,
    sync,
    subtle: platform.subtle,
    now: platform.now,
    newId,
    timers: options.timers ?? browserTimers,
  })
  const vault = new Vault(controller, options.transport ?? (() => ({ kind: 'practice' })))
  await controller.init()
  return { store, sync, service, controller, vault }
}
