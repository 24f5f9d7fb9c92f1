import type { Platform } from './platform'

/** The real browser (or Node 20) platform: the only place that reads these globals. */
export function createBrowserPlatform(): Platform {
  return {
    fetch: (request) => globalThis.fetch(request),
    now: () => Date.now(),
    randomBytes: (length) => globalThis.crypto.getRandomValues(new Uint8Array(length)),
    randomUUID: () => globalThis.crypto.randomUUID(),
    subtle: globalThis.crypto.subtle,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  }
}
