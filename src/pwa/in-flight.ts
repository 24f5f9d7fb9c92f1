import type { Transport } from '../platform/platform'

/**
 * Counts requests in flight so a service-worker update never reloads the page in the middle of
 * one (docs/decisions/0003). Wrap the transport the app uses once, in main.ts.
 */
export class InFlightCounter {
  #count = 0

  /** Requests started and not yet settled. */
  get count(): number {
    return this.#count
  }

  /** True while any request is in flight; the update controller's busy probe. */
  isBusy = (): boolean => this.#count > 0

  /** A transport that counts its calls; responses and errors pass through untouched. */
  wrap(transport: Transport): Transport {
    return async (request) => {
      this.#count += 1
      try {
        return await transport(request)
      } finally {
        this.#count -= 1
      }
    }
  }
}

/** The page's one counter, shared by the app's transport and the update controller. */
export const requestsInFlight = new InFlightCounter()
