import { endpointPattern, isSessionServer } from './paths'

/**
 * A client-side limiter with bunq's limits (docs/protocol.md §9): per endpoint, GET 3, POST 5,
 * PUT 2 calls within any 3 s, DELETE like POST (as bunqJSClient does), and /session-server 1 per
 * 30 s. It QUEUES a call until the window has room instead of failing, so a burst from the UI
 * never earns a 429. Time comes from the injected clock and sleep, so tests never wait.
 *
 * Safety margin: we stamp a call when we SEND it, bunq counts it when it ARRIVES (network latency
 * later, and latency varies). Without slack, call 4 sent exactly 3000 ms after call 1 can arrive
 * less than 3000 ms after call 1 did, and earn the 429 the limiter exists to avoid. So a stamp
 * stays in its window `marginMs` (default 250 ms) longer than bunq's window.
 */

export interface RateRule {
  limit: number
  windowMs: number
}

export const BUNQ_RATE_RULES: Record<'GET' | 'POST' | 'PUT' | 'DELETE' | 'SESSION', RateRule> = {
  GET: { limit: 3, windowMs: 3000 },
  POST: { limit: 5, windowMs: 3000 },
  PUT: { limit: 2, windowMs: 3000 },
  DELETE: { limit: 5, windowMs: 3000 },
  SESSION: { limit: 1, windowMs: 30000 },
}

/** What the UI shows per endpoint: how much room is left and when it frees up. */
export interface Budget {
  key: string
  limit: number
  windowMs: number
  used: number
  available: number
  /** Calls waiting for room. */
  queued: number
  /** Milliseconds until the oldest call leaves the window (0 when nothing is in it). */
  resetInMs: number
}

interface Bucket {
  rule: RateRule
  stamps: number[]
  queued: number
  tail: Promise<void>
}

/** Extra time each call stays counted, for latency between our send and bunq's arrival. */
export const DEFAULT_RATE_MARGIN_MS = 250

export interface Clock {
  now: () => number
  sleep: (ms: number) => Promise<void>
}

export class RateLimiter {
  readonly #clock: Clock
  readonly #rules: typeof BUNQ_RATE_RULES
  readonly #buckets = new Map<string, Bucket>()
  readonly #listeners = new Set<() => void>()
  readonly #marginMs: number
  enabled: boolean

  constructor(
    clock: Clock,
    options: { rules?: typeof BUNQ_RATE_RULES; enabled?: boolean; marginMs?: number } = {},
  ) {
    this.#clock = clock
    this.#rules = options.rules ?? BUNQ_RATE_RULES
    this.enabled = options.enabled ?? true
    this.#marginMs = Math.max(0, options.marginMs ?? DEFAULT_RATE_MARGIN_MS)
  }

  /** When a stamp leaves its window: bunq's window plus our margin. */
  #leavesAt(bucket: Bucket, stamp: number): number {
    return stamp + bucket.rule.windowMs + this.#marginMs
  }

  /** The bucket key: method plus endpoint pattern; session-server has its own rule. */
  keyFor(method: string, path: string): string {
    return isSessionServer(path) ? 'POST /session-server' : `${method} ${endpointPattern(path)}`
  }

  #ruleFor(method: string, path: string): RateRule {
    if (isSessionServer(path)) return this.#rules.SESSION
    return this.#rules[method as 'GET' | 'POST' | 'PUT' | 'DELETE'] ?? this.#rules.POST
  }

  #bucket(method: string, path: string): Bucket {
    const key = this.keyFor(method, path)
    let bucket = this.#buckets.get(key)
    if (!bucket) {
      bucket = { rule: this.#ruleFor(method, path), stamps: [], queued: 0, tail: Promise.resolve() }
      this.#buckets.set(key, bucket)
    }
    return bucket
  }

  #prune(bucket: Bucket, now: number): void {
    while (bucket.stamps.length > 0 && this.#leavesAt(bucket, bucket.stamps[0]) <= now)
      bucket.stamps.shift()
  }

  /** Waits (in FIFO order per endpoint) until the call fits in the window, then books it. */
  async acquire(method: string, path: string): Promise<void> {
    if (!this.enabled) return
    const bucket = this.#bucket(method, path)
    bucket.queued++
    this.#notify()
    const turn = bucket.tail.then(async () => {
      for (;;) {
        const now = this.#clock.now()
        this.#prune(bucket, now)
        if (bucket.stamps.length < bucket.rule.limit) {
          bucket.stamps.push(now)
          return
        }
        await this.#clock.sleep(Math.max(1, this.#leavesAt(bucket, bucket.stamps[0]) - now))
      }
    })
    bucket.tail = turn.catch(() => undefined)
    try {
      await turn
    } finally {
      bucket.queued--
      this.#notify()
    }
  }

  /** Fills an endpoint's window after bunq said 429, so queued calls wait a full window too. */
  penalise(method: string, path: string): void {
    const bucket = this.#bucket(method, path)
    const now = this.#clock.now()
    bucket.stamps = Array.from({ length: bucket.rule.limit }, () => now)
    this.#notify()
  }

  budget(method: string, path: string): Budget {
    return this.#describe(this.keyFor(method, path), this.#bucket(method, path))
  }

  /** Every endpoint seen so far. */
  budgets(): Budget[] {
    return [...this.#buckets].map(([key, bucket]) => this.#describe(key, bucket))
  }

  #describe(key: string, bucket: Bucket): Budget {
    const now = this.#clock.now()
    this.#prune(bucket, now)
    const used = bucket.stamps.length
    return {
      key,
      limit: bucket.rule.limit,
      windowMs: bucket.rule.windowMs,
      used,
      available: Math.max(0, bucket.rule.limit - used),
      queued: bucket.queued,
      resetInMs: used > 0 ? Math.max(0, this.#leavesAt(bucket, bucket.stamps[0]) - now) : 0,
    }
  }

  /** Called whenever a budget changes (a call booked, queued or released). */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #notify(): void {
    for (const listener of this.#listeners) listener()
  }
}
