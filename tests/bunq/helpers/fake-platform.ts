import type { Platform, Transport } from '../../../src/platform/platform'

/** A Platform with a fake clock: sleep() advances time instantly, so no test waits. */
export interface FakePlatform extends Platform {
  advance(ms: number): void
  /** Every sleep requested, in order (to assert back-off without waiting). */
  sleeps: number[]
}

export const EPOCH = Date.UTC(2025, 0, 1, 12, 0, 0)

export function fakePlatform(transport?: Transport): FakePlatform {
  let now = EPOCH
  let ids = 0
  let seed = 0x5eed
  const sleeps: number[] = []
  return {
    fetch:
      transport ??
      (() => {
        throw new Error('no transport in this test')
      }),
    now: () => now,
    // Seeded, distinct on every call (a bank built on this platform mints tokens from it).
    randomBytes: (length) => {
      const out = new Uint8Array(length)
      for (let i = 0; i < length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
        out[i] = seed >>> 24
      }
      return out
    },
    randomUUID: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    subtle: globalThis.crypto.subtle,
    // Time jumps on the next macrotask, after every pending continuation has seen the old time,
    // as it would on a real clock; no test ever waits in real time.
    sleep: (ms) => {
      sleeps.push(ms)
      return new Promise((resolve) =>
        setImmediate(() => {
          now += ms
          resolve()
        }),
      )
    },
    advance: (ms) => {
      now += ms
    },
    sleeps,
  }
}
