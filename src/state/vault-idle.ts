/**
 * The idle auto-lock: after `minutes` without touch() the vault locks itself (default 15). Timers
 * are injected so tests drive time by hand and nothing waits on a real clock.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export class IdleTimer {
  minutes = 15
  #handle: unknown = null

  constructor(
    private readonly timers: Timers,
    private readonly onIdle: () => void,
  ) {}

  /** Restarts the countdown. */
  touch(): void {
    this.stop()
    this.#handle = this.timers.setTimeout(() => {
      this.#handle = null
      this.onIdle()
    }, this.minutes * 60_000)
  }

  stop(): void {
    if (this.#handle !== null) this.timers.clearTimeout(this.#handle)
    this.#handle = null
  }
}
