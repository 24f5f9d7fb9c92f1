import { BankError } from './bank-error'

/**
 * bunq's per-IP, per-endpoint limits (docs/protocol.md §9): GET 3, POST 5, PUT 2 calls per 3 s;
 * /session-server 1 per 30 s; DELETE like POST. The 429 texts follow the observed GET wording.
 */
interface Limit {
  calls: number
  windowMs: number
}

export function limitFor(method: string, pattern: string): Limit {
  if (pattern === '/session-server') return { calls: 1, windowMs: 30e3 }
  if (method === 'GET') return { calls: 3, windowMs: 3e3 }
  if (method === 'PUT') return { calls: 2, windowMs: 3e3 }
  return { calls: 5, windowMs: 3e3 }
}

export function tooManyText(limit: Limit): string {
  return `Too many requests. You can do a maximum of ${limit.calls} calls per ${limit.windowMs / 1000} second to this endpoint.`
}

export function tooManyError(limit: Limit, retryAfter: boolean): BankError {
  const headers: Record<string, string> = retryAfter
    ? { 'Retry-After': String(Math.ceil(limit.windowMs / 1000)) }
    : {}
  return new BankError(429, tooManyText(limit), { headers })
}

/** Sliding windows of call times, keyed by caller IP + method + route pattern. */
export class RateLimiter {
  private calls = new Map<string, number[]>()

  /** Milliseconds until a call is allowed (0 = now); records the call when it is allowed. */
  take(key: string, limit: Limit, now: number): number {
    const recent = (this.calls.get(key) ?? []).filter((t) => now - t < limit.windowMs)
    if (recent.length >= limit.calls) {
      this.calls.set(key, recent)
      return recent[0] + limit.windowMs - now
    }
    recent.push(now)
    this.calls.set(key, recent)
    return 0
  }

  clear(): void {
    this.calls.clear()
  }
}
