/**
 * A scripted network for transport tests: decides per request kind (the real CORS call, the
 * opaque no-cors probe, the page's own origin) whether it answers, hides headers or fails the way
 * a browser does (a TypeError with no detail).
 */
import type { Platform, Transport } from '../../src/platform/platform'

export const PAGE_ORIGIN = 'https://workbench.example'

export type Behaviour = 'answer' | 'hidden' | 'fail' | 'hang'

export interface FakeNetwork {
  fetch: Transport
  seen: Request[]
}

function answer(behaviour: Behaviour, status = 200, body = '{"Response":[]}'): Promise<Response> {
  if (behaviour === 'fail') return Promise.reject(new TypeError('Failed to fetch'))
  if (behaviour === 'hang') return new Promise<Response>(() => {})
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (behaviour === 'answer') headers['X-Bunq-Client-Response-Id'] = 'fake-response-id'
  return Promise.resolve(new Response(body, { status, headers }))
}

/** `cors` is the real call, `noCors` the opaque probe, `own` a request to the page's origin. */
export function fakeNetwork(script: {
  cors: Behaviour | (() => Behaviour)
  noCors?: Behaviour
  own?: Behaviour
  status?: number
}): FakeNetwork {
  const seen: Request[] = []
  const fetch: Transport = (request) => {
    seen.push(request)
    if (new URL(request.url).origin === PAGE_ORIGIN) return answer(script.own ?? 'answer', 404)
    if (request.mode === 'no-cors') return answer(script.noCors ?? 'fail')
    const cors = typeof script.cors === 'function' ? script.cors() : script.cors
    return answer(cors, script.status ?? 200)
  }
  return { fetch, seen }
}

/** A platform around a fake fetch; `sleep` resolves only when the test calls `elapse()`. */
export function fakePlatform(fetch: Transport): Platform & { elapse(): void; pending(): number } {
  let waiting: Array<() => void> = []
  let n = 0
  return {
    fetch,
    now: () => 0,
    randomBytes: (length) => new Uint8Array(length),
    randomUUID: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    subtle: globalThis.crypto.subtle,
    sleep: () => new Promise<void>((resolve) => waiting.push(resolve)),
    pending: () => waiting.length,
    elapse: () => {
      const due = waiting
      waiting = []
      due.forEach((resolve) => resolve())
    },
  }
}
