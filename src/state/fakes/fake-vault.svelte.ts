/** A VaultModel in memory: passphrase "correct horse" unlocks it; anything else is wrong. */
import type { Environment } from '../../bunq/context'
import type { ContextSummary, UiError, VaultModel, VaultStatus } from '../models'

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

  async create(passphrase: string) {
    if (passphrase.length < 8) {
      this.#error = {
        code: 'wrong-passphrase',
        message: 'Choose a passphrase of at least 8 characters.',
      }
      return
    }
    this.#error = null
    this.#status = 'unlocked'
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

  async remove(id: string) {
    this.#contexts = this.#contexts.filter((c) => c.id !== id)
    if (this.#activeId === id) this.#activeId = this.#contexts[0]?.id ?? null
  }
}
