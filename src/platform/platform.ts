/**
 * Every side effect the app needs, in one value built once in main.ts and passed down (house
 * style 3). Tests build their own with a fixed clock and seeded ids, so nothing waits on real time.
 */
export interface Platform {
  /** The network, fetch-shaped. Transports wrap it; the protocol core never calls the global. */
  fetch: Transport
  /** Milliseconds since the epoch. */
  now: () => number
  /** Cryptographically strong random bytes. */
  randomBytes: (length: number) => Uint8Array<ArrayBuffer>
  /** A fresh UUID v4 string, used for X-Bunq-Client-Request-Id. */
  randomUUID: () => string
  subtle: SubtleCrypto
  sleep: (ms: number) => Promise<void>
}

/**
 * A transport takes a standard Request and returns a standard Response (docs/architecture.md, "fetch-shaped transport"). The real
 * fetch, the in-page practice bank, a relay and a test double are interchangeable.
 */
export type Transport = (request: Request) => Promise<Response>
