/**
 * Bounded waiting on the injected clock (docs/architecture.md, "one Platform"): tests pass a `sleep` they control, so no
 * test waits on real time.
 */
export const TIMED_OUT: unique symbol = Symbol('timed out')

/** Resolves to the promise's value, or TIMED_OUT after `ms`; rejections pass through. */
export async function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  sleep: (ms: number) => Promise<void>,
): Promise<T | typeof TIMED_OUT> {
  return Promise.race([promise, sleep(ms).then((): typeof TIMED_OUT => TIMED_OUT)])
}

/** Sends a request that can be cancelled; `abort()` stops it when the caller gives up waiting. */
export function abortable(request: Request): { request: Request; abort: () => void } {
  const controller = new AbortController()
  const linked = request.signal
  if (linked?.aborted) controller.abort(linked.reason)
  else linked?.addEventListener('abort', () => controller.abort(linked.reason), { once: true })
  return {
    request: new Request(request, { signal: controller.signal }),
    abort: () => controller.abort(),
  }
}
