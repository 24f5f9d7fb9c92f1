import type { UiError } from './models/base'
import { toUiError } from './ui-error'

/**
 * State kept as one immutable snapshot: each change is a patch, and every listener gets the fresh
 * snapshot after it. Actions follow one rule (docs/architecture.md, "one error family"): busy while
 * they run, a failure kept as `lastError` (worded by toUiError, `failure` for what is not a
 * BunqError), and a true/false result, so nothing above catches. The vault's engine is one
 * (vault-controller.ts).
 */
export class SnapshotStore<S extends { busy: boolean; lastError: UiError | null }> {
  #s: S
  readonly #listeners = new Set<(s: S) => void>()
  readonly #failure: UiError

  constructor(initial: S, failure: UiError) {
    this.#s = initial
    this.#failure = failure
  }

  get snapshot(): S {
    return this.#s
  }

  subscribe(listener: (s: S) => void): () => void {
    this.#listeners.add(listener)
    listener(this.#s)
    return () => this.#listeners.delete(listener)
  }

  protected set(patch: Partial<S>): void {
    this.#s = { ...this.#s, ...patch }
    for (const listener of this.#listeners) listener(this.#s)
  }

  /** Keeps a failure of a background task without the busy flag (nothing the user started). */
  protected fail(error: unknown): void {
    this.set({ lastError: toUiError(error, this.#failure) } as Partial<S>)
  }

  protected async run(work: () => Promise<void>): Promise<boolean> {
    this.set({ busy: true, lastError: null } as Partial<S>)
    try {
      await work()
      return true
    } catch (error) {
      this.fail(error)
      return false
    } finally {
      this.set({ busy: false } as Partial<S>)
    }
  }

  protected dropListeners(): void {
    this.#listeners.clear()
  }
}
