/**
 * The vault for Svelte (docs/architecture.md, "one state class per model"): a runes class with private `$state`, getters and
 * intention-revealing methods. All logic lives in VaultController (plain TS, tested in Node);
 * this class mirrors its immutable snapshot into `$state.raw`, so views re-render on change.
 * Methods never throw: failures land in `lastError`.
 *
 *   const vault = await openVault({ platform })
 *   if (vault.status === 'empty') await vault.createVault({ protection: 'passphrase', passphrase })
 *   vault.active?.keys.privateKey  // non-extractable CryptoKey for signing
 */
import type { ApiContext, Environment, TransportConfig } from '../bunq/context'
import type { Platform } from '../platform/platform'
import { openVaultStore } from '../storage/open-store'
import type { VaultStore } from '../storage/store'
import { createTabSync, type TabSync } from '../storage/tab-sync'
import type { KdfPolicy, ProtectionChoice } from '../storage/vault-protection'
import { VaultService } from '../storage/vault-service'
import { VaultController, type VaultSnapshot } from './vault-controller'
import { browserTimers, type Timers } from './vault-idle'

export class VaultState {
  #s = $state.raw<VaultSnapshot>() as VaultSnapshot
  readonly #controller: VaultController

  constructor(controller: VaultController) {
    this.#controller = controller
    controller.subscribe((snapshot) => (this.#s = snapshot))
  }

  /** 'loading' | 'empty' (no vault yet) | 'locked' | 'unlocked'. */
  get status() {
    return this.#s.status
  }
  /** False when IndexedDB is unavailable: show "nothing will be kept". */
  get persistent() {
    return this.#s.persistent
  }
  get protection() {
    return this.#s.protection
  }
  /** Metadata only (no secrets), oldest first. */
  get contexts() {
    return this.#s.contexts
  }
  /** The decrypted context (without its private PEM) and its imported keys, or null. */
  get active() {
    return this.#s.active
  }
  get activeId() {
    return this.#s.active?.meta.id ?? null
  }
  get lastError() {
    return this.#s.lastError
  }
  get busy() {
    return this.#s.busy
  }
  get autoLockMinutes() {
    return this.#s.autoLockMinutes
  }

  createVault(choice: ProtectionChoice) {
    return this.#controller.createVault(choice)
  }
  unlock(passphrase?: string) {
    return this.#controller.unlock(passphrase)
  }
  lockNow() {
    this.#controller.lock()
  }
  /** Call on user activity; restarts the idle auto-lock countdown. */
  touch() {
    this.#controller.touch()
  }
  setAutoLockMinutes(minutes: number) {
    return this.#controller.setAutoLockMinutes(minutes)
  }
  createContext(input: {
    name: string
    environment?: Environment
    transport: TransportConfig
    context?: ApiContext
  }) {
    return this.#controller.createContext(input)
  }
  switchTo(id: string) {
    return this.#controller.switchTo(id)
  }
  rename(id: string, name: string) {
    return this.#controller.rename(id, name)
  }
  deleteContext(id: string, confirmation: { confirmed: true }) {
    return this.#controller.deleteContext(id, confirmation)
  }
  saveActiveContext(context: ApiContext) {
    return this.#controller.saveActiveContext(context)
  }
  updateActiveContext(change: (current: ApiContext) => ApiContext) {
    return this.#controller.updateActiveContext(change)
  }
  changePassphrase(current: string, next: string) {
    return this.#controller.changePassphrase(current, next)
  }
  setPassphrase(passphrase: string) {
    return this.#controller.setPassphrase(passphrase)
  }
  wipe(confirmation: { confirmed: true }) {
    return this.#controller.wipe(confirmation)
  }
  importBunqConf(text: string, name: string, transport: TransportConfig) {
    return this.#controller.importBunqConf(text, name, transport)
  }
  exportBunqConf(id: string) {
    return this.#controller.exportBunqConf(id)
  }
  exportPostman(id: string) {
    return this.#controller.exportPostman(id)
  }
  dismissError() {
    this.#controller.dismissError()
  }
  dispose() {
    this.#controller.dispose()
  }
}

export interface OpenVaultOptions {
  platform: Pick<Platform, 'subtle' | 'randomBytes' | 'randomUUID' | 'now'>
  /** Defaults to IndexedDB, or memory where it cannot be opened. */
  store?: VaultStore
  sync?: TabSync
  timers?: Timers
  /** Tests only: a lower PBKDF2 work factor. Real vaults use 600,000 iterations. */
  kdf?: KdfPolicy
}

/** The vault's parts, wired once: what the app's composition root also needs (store, service...). */
export interface WiredVault {
  store: VaultStore
  sync: TabSync
  service: VaultService
  controller: VaultController
  state: VaultState
}

/** Wires store, tab sync, service and controller, and loads the state. */
export async function wireVault(options: OpenVaultOptions): Promise<WiredVault> {
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
  const state = new VaultState(controller)
  await controller.init()
  return { store, sync, service, controller, state }
}

/** The vault's runes class, ready to use. */
export async function openVault(options: OpenVaultOptions): Promise<VaultState> {
  return (await wireVault(options)).state
}
