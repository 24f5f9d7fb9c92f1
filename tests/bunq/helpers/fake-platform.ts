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
  const sleeps: number[] = []
  return {
    fetch:
      transport ??
      (() => {
        throw new Error('no transport in this test')
      }),
    now: () => now,
    randomBytes: (length) => new Uint8Array(length).fill(7),
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
