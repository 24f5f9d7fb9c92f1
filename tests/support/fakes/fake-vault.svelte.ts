/** A VaultModel in memory: passphrase "correct horse" unlocks it; anything else is wrong. */
import type { Environment } from '../../../src/bunq/context'
import type {
  Confirmation,
  ContextSummary,
  UiError,
  VaultModel,
  VaultProtection,
  VaultStatus,
} from '../../../src/state/models'

export const FAKE_PASSPHRASE = 'correct horse'

export interface FakeVaultOptions {
  status?: VaultStatus
  persistent?: boolean
  contexts?: ContextSummary[]
  now?: () => number
}

export class FakeVault implements VaultModel {
  #status = $state<VaultStatus>('empty')
  #contexts = $state<ContextSummary[]>([])
  #activeId = $state<string | null>(null)
  #error = $state<UiError | null>(null)
  #busy = $state(false)
  #protection = $state<VaultProtection | null>(null)
  #persistent: boolean
  #now: () => number
  #nextId = 1
  /** Lock listeners (the fake session clears itself on lock, as the real one will). */
  onLock: (() => void) | null = null

  constructor(options: FakeVaultOptions = {}) {
    this.#status = options.status ?? 'empty'
    this.#persistent = options.persistent ?? true
    this.#contexts = options.contexts ?? []
    this.#activeId = this.#contexts[0]?.id ?? null
    this.#protection = this.#status === 'empty' ? null : 'passphrase'
    this.#now = options.now ?? (() => 1_767_225_600_000)
    this.#nextId = this.#contexts.length + 1
  }

  get status() {
    return this.#status
  }
  get persistent() {
    return this.#persistent
  }
  get contexts() {
    return this.#contexts
  }
  get activeId() {
    return this.#activeId
  }
  get error() {
    return this.#error
  }
  get busy() {
    return this.#busy
  }
  get protection() {
    return this.#protection
  }

  #weak(passphrase: string): boolean {
    if (passphrase.length >= 8) return false
    this.#error = { code: 'weak-passphrase', message: 'A passphrase needs at least 8 characters.' }
    return true
  }

  /** The same guard as the real service: no confirmation, no deletion. */
  #unconfirmed(confirmation: Confirmation, what: string): boolean {
    if (confirmation?.confirmed === true) return false
    this.#error = { code: 'confirmation-required', message: `${what} needs confirmation.` }
    return true
  }

  async create(passphrase: string) {
    if (this.#weak(passphrase)) return
    this.#error = null
    this.#status = 'unlocked'
    this.#protection = 'passphrase'
  }

  async createWithoutPassphrase() {
    this.#error = null
    this.#status = 'unlocked'
    this.#protection = 'browser'
  }

  async changePassphrase(current: string, next: string) {
    if (current !== FAKE_PASSPHRASE) {
      this.#error = { code: 'wrong-passphrase', message: 'The passphrase is wrong.' }
      return
    }
    if (!this.#weak(next)) this.#error = null
  }

  async setPassphrase(passphrase: string) {
    if (this.#weak(passphrase)) return
    this.#protection = 'passphrase'
  }

  async wipe(confirmation: Confirmation) {
    if (this.#unconfirmed(confirmation, 'Wiping the vault')) return
    this.#contexts = []
    this.#activeId = null
    this.#status = 'empty'
    this.#protection = null
    this.onLock?.()
  }

  async importBunqConf(_text: string, name: string) {
    await this.addContext(name, 'SANDBOX')
  }

  async exportBunqConf() {
    return '{"api_key": "sandbox_fake_not_a_real_key"}'
  }

  async exportPostman() {
    return null
  }

  touch() {}

  dismissError() {
    this.#error = null
  }

  async unlock(passphrase: string) {
    this.#busy = true
    await Promise.resolve()
    this.#busy = false
    if (passphrase !== FAKE_PASSPHRASE) {
      this.#error = {
        code: 'wrong-passphrase',
        message: 'That passphrase does not open this vault.',
        hint: 'Check caps lock and try again.',
      }
      return
    }
    this.#error = null
    this.#status = 'unlocked'
  }

  lock() {
    if (this.#status === 'unlocked') this.#status = 'locked'
    this.onLock?.()
  }

  async addContext(name: string, environment: Environment) {
    const id = `ctx-${this.#nextId++}`
    this.#contexts.push({ id, name, environment, stage: 'no-user', updatedAt: this.#now() })
    this.#activeId = id
  }

  async switchTo(id: string) {
    if (this.#contexts.some((c) => c.id === id)) this.#activeId = id
  }

  async rename(id: string, name: string) {
    this.#contexts = this.#contexts.map((c) => (c.id === id ? { ...c, name } : c))
  }

  async remove(id: string, confirmation: Confirmation) {
    if (this.#unconfirmed(confirmation, 'Deleting a context')) return
    this.#contexts = this.#contexts.filter((c) => c.id !== id)
    if (this.#activeId === id) this.#activeId = this.#contexts[0]?.id ?? null
  }
}
