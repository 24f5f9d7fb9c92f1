/**
 * The vault's engine, in plain TypeScript: status, the context list, the active context, the
 * last error and an idle auto-lock. Every method turns failures into `lastError` and resolves to
 * true/false, so nothing above it catches (docs/architecture.md, "one error family"). Listeners
 * get a fresh immutable snapshot after each change. The views never see it: they use the vault
 * model (src/state/vault.svelte.ts); the workspace reads the decrypted active context from it.
 * It needs no Svelte compiler, so it also runs in Node and in a bare page.
 */
import type { ApiContext, Environment, TransportConfig } from '../bunq/context'
import type { PostmanEnvironment } from '../bunq/postman-environment'
import type { VaultStore } from '../storage/store'
import type { TabSync, VaultMessage } from '../storage/tab-sync'
import type { VaultService } from '../storage/vault-service'
import type { ProtectionChoice } from '../storage/vault-protection'
import { BunqError } from '../errors'
import { vaultLocked } from '../storage/vault-errors'
import { activate, mergeForSave, type ActiveContext } from './vault-active'
import { exportContextFile, exportPostmanFile, importContextFile } from './vault-files'
import { IdleTimer, type Timers } from './vault-idle'
import { lastActiveContextId, rememberActiveContextId } from './vault-last-active'
import { SnapshotStore } from './snapshot-store'
import { initialSnapshot, VAULT_FAILURE, type VaultSnapshot } from './vault-snapshot'

export type { VaultSnapshot, VaultStatus } from './vault-snapshot'

export interface VaultControllerDeps {
  service: VaultService
  store: VaultStore
  sync: TabSync
  subtle: SubtleCrypto
  now: () => number
  newId: () => string
  timers: Timers
}

export class VaultController extends SnapshotStore<VaultSnapshot> {
  readonly #idle: IdleTimer
  readonly #unsubscribe: () => void

  constructor(private readonly deps: VaultControllerDeps) {
    super(initialSnapshot(deps.store.persistent), VAULT_FAILURE)
    this.#idle = new IdleTimer(deps.timers, () => this.#lockLocally())
    this.#unsubscribe = deps.sync.subscribe((m) => void this.#onMessage(m))
  }

  /**
   * Reads the store, THEN whether the key is held: a lock (idle auto-lock, another tab's "Lock
   * now") may land during the reads, and a status read before them would show 'unlocked' over a
   * dropped data key (the next vault call then fails with 'vault-locked' under an open padlock).
   */
  async #refresh(): Promise<void> {
    const { service } = this.deps
    const stored = await service.storedProtection()
    const contexts = await service.listContexts()
    const unlocked = service.isUnlocked
    this.set({
      status: unlocked ? 'unlocked' : stored ? 'locked' : 'empty',
      protection: service.protection ?? stored,
      contexts,
      ...(unlocked ? {} : { active: null }),
    })
  }

  /** Shows a decrypted context only if the vault is still open once its keys are imported. */
  #setActive(active: ActiveContext): void {
    if (!this.deps.service.isUnlocked) throw vaultLocked()
    this.set({ active })
  }

  /** Loads the state; a "this browser only" vault opens at once (that is its convenience). */
  init(): Promise<boolean> {
    return this.run(async () => {
      const settings = await this.deps.store.getSettings()
      this.#idle.minutes = settings.autoLockMinutes
      this.set({ autoLockMinutes: settings.autoLockMinutes })
      await this.#refresh()
      if (this.snapshot.status === 'locked' && this.snapshot.protection === 'browser')
        await this.#unlock()
    })
  }

  createVault(choice: ProtectionChoice): Promise<boolean> {
    return this.run(async () => {
      await this.deps.service.createVault(choice)
      this.#idle.touch()
      await this.#refresh()
    })
  }

  unlock(passphrase?: string): Promise<boolean> {
    return this.run(() => this.#unlock(passphrase))
  }

  async #unlock(passphrase?: string): Promise<void> {
    await this.deps.service.unlock(passphrase)
    this.#idle.touch()
    await this.#refresh()
    // The context the user was working in, else the first.
    const last = await lastActiveContextId(this.deps.store)
    const first = this.snapshot.contexts.find((c) => c.id === last) ?? this.snapshot.contexts[0]
    if (first) await this.#open(first.id)
  }

  /** "Lock now": this tab and every other tab drop keys and decrypted contexts. */
  lock(): void {
    this.#lockLocally()
    this.deps.sync.publish({ type: 'vault-locked' })
  }

  #lockLocally(): void {
    this.deps.service.lock()
    this.#idle.stop()
    if (this.snapshot.status === 'unlocked') this.set({ status: 'locked', active: null })
  }

  /** Call on user activity (the composition root wires pointer/key events here). */
  touch(): void {
    if (this.deps.service.isUnlocked) this.#idle.touch()
  }

  setAutoLockMinutes(minutes: number): Promise<boolean> {
    return this.run(async () => {
      const value = Math.min(24 * 60, Math.max(1, Math.round(minutes)))
      await this.deps.sync.withWriteLock(async () => {
        const settings = await this.deps.store.getSettings()
        await this.deps.store.putSettings({ ...settings, autoLockMinutes: value })
      })
      this.#idle.minutes = value
      this.set({ autoLockMinutes: value })
      this.touch()
    })
  }

  async #open(id: string): Promise<void> {
    const { meta, context } = await this.deps.service.openContext(id)
    this.#setActive(await activate(meta, context, this.deps.subtle))
    await rememberActiveContextId(this.deps.store, id)
  }

  createContext(input: {
    name: string
    environment?: Environment
    transport: TransportConfig
    context?: ApiContext
  }): Promise<boolean> {
    return this.run(async () => {
      const meta = await this.deps.service.createContext(input)
      await this.#refresh()
      await this.#open(meta.id)
    })
  }

  switchTo(id: string): Promise<boolean> {
    return this.run(() => this.#open(id))
  }

  rename(id: string, name: string): Promise<boolean> {
    return this.run(async () => {
      const { meta } = await this.deps.service.renameContext(id, name)
      await this.#refresh()
      if (this.snapshot.active?.meta.id === id)
        this.set({ active: { ...this.snapshot.active, meta } })
    })
  }

  /** Deleting needs `{ confirmed: true }`: the UI asks the user first. */
  deleteContext(id: string, confirmation: { confirmed: true }): Promise<boolean> {
    return this.run(async () => {
      await this.deps.service.deleteContext(id, confirmation)
      if (this.snapshot.active?.meta.id === id) this.set({ active: null })
      await this.#refresh()
    })
  }

  /** Saves the active context (e.g. a flow's result). See mergeForSave for the private key rule. */
  saveActiveContext(context: ApiContext): Promise<boolean> {
    return this.updateActiveContext(() => context)
  }

  /** Read-modify-write under the tab lock: `change` sees the latest stored context. */
  updateActiveContext(change: (current: ApiContext) => ApiContext): Promise<boolean> {
    return this.run(async () => {
      const id = this.snapshot.active?.meta.id
      if (!id)
        throw new BunqError(
          'no-context',
          'No context is active.',
          'Choose or create a context first.',
        )
      const { meta, context } = await this.deps.service.updateContext(id, (current) => ({
        context: mergeForSave(current.context, change({ ...current.context, privateKeyPem: null })),
      }))
      this.#setActive(await activate(meta, context, this.deps.subtle))
      await this.#refresh()
    })
  }

  changePassphrase(current: string, next: string): Promise<boolean> {
    return this.run(async () => {
      await this.deps.service.changePassphrase(current, next)
      await this.#refresh()
    })
  }

  /** Turns a "this browser only" vault into a passphrase vault (needed for production). */
  setPassphrase(passphrase: string): Promise<boolean> {
    return this.run(async () => {
      await this.deps.service.changeProtection(undefined, { protection: 'passphrase', passphrase })
      await this.#refresh()
    })
  }

  wipe(confirmation: { confirmed: true }): Promise<boolean> {
    return this.run(async () => {
      await this.deps.service.wipe(confirmation)
      this.#idle.stop()
      this.set({ active: null })
      await this.#refresh()
    })
  }

  /** Imports a bunq.conf as a new context (and makes it active). Nothing is stored on error. */
  importBunqConf(text: string, name: string, transport: TransportConfig): Promise<boolean> {
    return this.run(async () => {
      const meta = await importContextFile(this.deps, text, name, transport)
      await this.#refresh()
      await this.#open(meta.id)
    })
  }

  /** The bunq.conf text (plain-text secrets: the UI warns before download), or null on error. */
  async exportBunqConf(id: string): Promise<string | null> {
    let text: string | null = null
    await this.run(async () => {
      text = await exportContextFile(this.deps, id)
    })
    return text
  }

  async exportPostman(id: string): Promise<PostmanEnvironment | null> {
    let env: PostmanEnvironment | null = null
    await this.run(async () => {
      env = await exportPostmanFile(this.deps, id)
    })
    return env
  }

  dismissError(): void {
    this.set({ lastError: null })
  }

  async #onMessage(message: VaultMessage): Promise<void> {
    if (message.type === 'vault-locked') return this.#lockLocally()
    if (message.type === 'vault-wiped') {
      this.deps.service.lock()
      this.#idle.stop()
      this.set({ active: null })
    }
    // A background refresh: it neither shows as busy nor clears an error the user is reading.
    try {
      await this.#refresh()
      const activeId = this.snapshot.active?.meta.id
      if (message.type !== 'contexts-changed' || !activeId || !message.ids.includes(activeId))
        return
      if (this.snapshot.contexts.some((c) => c.id === activeId)) await this.#open(activeId)
      else this.set({ active: null })
    } catch (error) {
      this.fail(error)
    }
  }

  dispose(): void {
    this.#idle.stop()
    this.#unsubscribe()
    this.dropListeners()
  }
}
