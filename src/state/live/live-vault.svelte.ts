/**
 * The VaultModel the views use, over the vault's runes class (src/state/vault.svelte.ts). It only
 * translates: names (create/lock/remove), the context list without transport details, and the
 * additive members (protection choice, bunq.conf import/export, Postman export). New contexts get
 * the transport chosen in settings.
 */
import { bankOf } from '../../bunq/bank'
import type { Environment, TransportConfig } from '../../bunq/context'
import type { PostmanEnvironment } from '../../bunq/postman-environment'
import type { ContextSummary, UiError, VaultModel, VaultProtection, VaultStatus } from '../models'
import type { VaultState } from '../vault.svelte'

export class LiveVault implements VaultModel {
  readonly #state: VaultState
  readonly #transport: () => TransportConfig

  constructor(state: VaultState, transport: () => TransportConfig) {
    this.#state = state
    this.#transport = transport
  }

  get status(): VaultStatus {
    return this.#state.status
  }
  get persistent() {
    return this.#state.persistent
  }
  /** 'passphrase', 'browser' ("this browser only": convenience, not protection) or null. */
  get protection(): VaultProtection | null {
    return this.#state.protection ?? null
  }
  get contexts(): readonly ContextSummary[] {
    return this.#state.contexts.map((c) => ({
      id: c.id,
      name: c.name,
      environment: c.environment,
      stage: c.stage,
      bank: bankOf(c.transport, c.environment),
      updatedAt: c.updatedAt,
    }))
  }
  get activeId() {
    return this.#state.activeId
  }
  get error(): UiError | null {
    return this.#state.lastError
  }
  get busy() {
    return this.#state.busy
  }

  async create(passphrase: string) {
    await this.#state.createVault({ protection: 'passphrase', passphrase })
  }
  /** "This browser only": a random key kept by the browser; for practice and sandbox only. */
  async createWithoutPassphrase() {
    await this.#state.createVault({ protection: 'browser' })
  }
  async unlock(passphrase: string) {
    await this.#state.unlock(passphrase)
  }
  lock() {
    this.#state.lockNow()
  }
  async changePassphrase(current: string, next: string) {
    await this.#state.changePassphrase(current, next)
  }
  async setPassphrase(passphrase: string) {
    await this.#state.setPassphrase(passphrase)
  }
  /** The UI asks for a typed confirmation before calling this. */
  async wipe() {
    await this.#state.wipe({ confirmed: true })
  }
  async addContext(name: string, environment: Environment) {
    await this.#state.createContext({ name, environment, transport: this.#transport() })
  }
  async switchTo(id: string) {
    await this.#state.switchTo(id)
  }
  async rename(id: string, name: string) {
    await this.#state.rename(id, name)
  }
  /** The UI asks for confirmation before calling this. */
  async remove(id: string) {
    await this.#state.deleteContext(id, { confirmed: true })
  }
  async importBunqConf(text: string, name: string) {
    await this.#state.importBunqConf(text, name, this.#transport())
  }
  /** The bunq.conf text (plain-text secrets: the UI warns before the download), or null. */
  exportBunqConf(id: string): Promise<string | null> {
    return this.#state.exportBunqConf(id)
  }
  exportPostman(id: string): Promise<PostmanEnvironment | null> {
    return this.#state.exportPostman(id)
  }
  /** User activity: restarts the idle auto-lock countdown (main.ts wires pointer and keys). */
  touch() {
    this.#state.touch()
  }
  dismissError() {
    this.#state.dismissError()
  }
}
