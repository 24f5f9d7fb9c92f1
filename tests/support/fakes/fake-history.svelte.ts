/**
 * A HistoryModel of `size` generated exchanges (5,000 for the virtualisation test), built lazily
 * and cached so that only the rows a view asks for are ever made.
 */
import type { Exchange } from '../../../src/bunq/exchange'
import type { HistoryModel, SnippetLanguage } from '../../../src/state/models'
import { fakeExchange } from './sample-exchanges'

const ROUTES = [
  { method: 'GET', path: '/user/4217/monetary-account-bank', status: 200 },
  { method: 'GET', path: '/user/4217/monetary-account/101/payment?count=10', status: 200 },
  { method: 'POST', path: '/user/4217/monetary-account/101/payment', status: 200 },
  { method: 'POST', path: '/user/4217/monetary-account/101/request-inquiry', status: 200 },
  { method: 'GET', path: '/user', status: 200 },
  { method: 'GET', path: '/user/4217/monetary-account/101/payment?count=10', status: 429 },
  { method: 'POST', path: '/session-server', status: 401 },
]

export class FakeHistory implements HistoryModel {
  #size = $state(0)
  // A plain cache on purpose: rows are immutable, nothing renders from the map itself.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #cache = new Map<number, Exchange>()
  #now: () => number
  readonly loading = false
  /** How many rows were ever generated: the virtualisation test reads it. */
  built = 0

  constructor(size = 40, now: () => number = () => 1_767_225_600_000) {
    this.#size = size
    this.#now = now
  }

  get count() {
    return this.#size
  }

  slice(start: number, end: number): readonly Exchange[] {
    const out: Exchange[] = []
    for (let i = Math.max(0, start); i < Math.min(end, this.#size); i++) out.push(this.#at(i))
    return out
  }

  get(id: string): Exchange | null {
    const index = this.#size - Number(id)
    return index >= 0 && index < this.#size ? this.#at(index) : null
  }

  async snippet(exchange: Exchange, language: SnippetLanguage) {
    const { method, url } = exchange.request
    if (language === 'curl') return `curl -X ${method} '${url}' -H 'Cache-Control: no-cache'`
    if (language === 'python') return `# bunq SDK (Python)\n# ${method} ${url}`
    return `await fetch('${url}', { method: '${method}' })`
  }

  async clear() {
    this.#size = 0
    this.#cache.clear()
  }

  #at(index: number): Exchange {
    const cached = this.#cache.get(index)
    if (cached) return cached
    const id = this.#size - index
    const route = ROUTES[id % ROUTES.length]
    const failed = route.status !== 200
    const exchange = fakeExchange({
      id: String(id),
      method: route.method,
      path: route.path,
      startedAt: this.#now() - index * 61_000,
      auth: 'session',
      signed: route.method === 'POST',
      requestBody:
        route.method === 'POST' ? { amount: { value: '1.00', currency: 'EUR' } } : undefined,
      status: route.status,
      responseBody: failed
        ? {
            Error: [
              {
                error_description:
                  route.status === 429
                    ? 'Too many requests. You can do a maximum of 3 calls per 3 second to this endpoint.'
                    : 'Insufficient authorisation.',
              },
            ],
          }
        : { Response: [{ Id: { id } }] },
      errorCode: failed ? (route.status === 429 ? 'rate-limited' : 'session-expired') : null,
      errorMessage: failed ? `HTTP ${route.status}` : null,
    }).redacted
    this.built++
    this.#cache.set(index, exchange)
    return exchange
  }
}
