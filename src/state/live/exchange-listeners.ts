import type { ExchangeEvent, ExchangeListener } from '../../bunq/exchange'

/**
 * Who else hears the workspace's exchanges besides the history: a step that captures its own
 * exchanges while it runs, and watchers until they stop (the session bar's notices).
 */
export class ExchangeListeners {
  readonly #listeners = new Set<ExchangeListener>()

  /** Runs `work` and hands every exchange it makes to `listener` too. */
  async capture<T>(listener: ExchangeListener, work: () => Promise<T>): Promise<T> {
    this.#listeners.add(listener)
    try {
      return await work()
    } finally {
      this.#listeners.delete(listener)
    }
  }

  /** Every exchange from now on, until the returned function is called. */
  watch(listener: ExchangeListener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  emit(event: ExchangeEvent): void {
    for (const listener of this.#listeners) listener(event)
  }
}
