/**
 * A model built the first time a view needs it (docs/decisions/0029): the first screen carries
 * only the holder, the model's code loads with its view (src/boot/chunks.ts puts it in `app`).
 * `current` is undefined until `load()` has built it, then the model, reactively. A build that
 * fails (its chunk could not be fetched, offline) is kept in `failed`; the next `load()` tries
 * again.
 *
 *   console: new DeferredModel(async () => {
 *     const { LiveConsole } = await import('./live/live-console.svelte')
 *     return new LiveConsole(workspace, () => accounts.selectedId)
 *   })
 */
import type { Deferred } from './models/base'

export class DeferredModel<T> implements Deferred<T> {
  // Raw: the model is a runes class already, used as it is, never proxied.
  #current = $state.raw<T | undefined>(undefined)
  #failed = $state(false)
  #pending: Promise<T | undefined> | null = null
  readonly #build: () => Promise<T>

  constructor(build: () => Promise<T>) {
    this.#build = build
  }

  /** A holder whose model is there from the start (test fakes, a model built up front). */
  static of<T>(model: T): DeferredModel<T> {
    const built = new DeferredModel(async () => model)
    built.#current = model
    return built
  }

  get current(): T | undefined {
    return this.#current
  }

  get failed(): boolean {
    return this.#failed
  }

  load(): Promise<T | undefined> {
    if (this.#current !== undefined) return Promise.resolve(this.#current)
    if (!this.#pending) {
      if (this.#failed) this.#failed = false
      this.#pending = this.#build().then(
        (model) => {
          this.#current = model
          return model
        },
        (error: unknown) => {
          this.#pending = null
          this.#failed = true
          console.error('A model could not be loaded:', error)
          return undefined
        },
      )
    }
    return this.#pending
  }
}
