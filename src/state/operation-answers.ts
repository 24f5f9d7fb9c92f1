/**
 * Reading answers for the operation page: which catalogue operation an exchange was, which ids its
 * answer names (to offer them as path parameters later), and whether the practice bank refused it
 * as a route it does not emulate (docs/decisions/0008: unknown routes are errors, never a silent 200).
 */
import type { Exchange } from '../bunq/exchange'
import { matchOperation, type CatalogueOperation, type HttpMethod } from '../spec/catalogue'

/** The API path of an exchange's URL, without origin, base path (/v1) and query. */
export function apiPath(url: string): string {
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    path = url.split('?')[0]
  }
  const v1 = path.indexOf('/v1/')
  return v1 >= 0 ? path.slice(v1 + 3) : path
}

export function operationOfExchange(
  exchange: Exchange,
): { op: CatalogueOperation; path: string } | null {
  const path = apiPath(exchange.request.url)
  const op = matchOperation(exchange.request.method.toUpperCase() as HttpMethod, path)
  return op ? { op, path } : null
}

/**
 * Ids by the segment they belong to: the created Id of a create, the items of a list, the object
 * of a read, and the ids in the request path itself (/bunqme-tab/12 -> bunqme-tab 12).
 */
export function idsFromAnswer(
  op: CatalogueOperation,
  path: string,
  exchange: Exchange,
): Record<string, number[]> {
  const out: Record<string, number[]> = {}
  const add = (segment: string | undefined, id: unknown) => {
    if (!segment || typeof id !== 'number' || !Number.isSafeInteger(id)) return
    const list = (out[segment] ??= [])
    if (!list.includes(id)) list.push(id)
  }
  const concrete = path.split('/')
  const template = op.path.split('/')
  template.forEach((part, i) => {
    if (part.startsWith('{') && i > 0 && /^\d+$/.test(concrete[i] ?? ''))
      add(template[i - 1], Number(concrete[i]))
  })
  if (exchange.response?.status !== 200) return out
  const own = template.filter((s) => s !== '' && !s.startsWith('{')).at(-1)
  let answer: unknown
  try {
    answer = JSON.parse(exchange.response.body)
  } catch {
    return out
  }
  const items = (answer as { Response?: unknown })?.Response
  if (!Array.isArray(items)) return out
  for (const item of items) {
    if (!item || typeof item !== 'object') continue
    for (const inner of Object.values(item)) {
      if (inner && typeof inner === 'object') add(own, (inner as { id?: unknown }).id)
    }
  }
  return out
}

/**
 * The practice bank's answer to a route it has no handler for: 404 "Route not found." or 405 for
 * a path it knows under another method (src/practice-bank/router.ts), in the page or from the
 * loopback server.
 */
export function isNotEmulated(exchange: Exchange): boolean {
  const response = exchange.response
  if (!response || (response.status !== 404 && response.status !== 405)) return false
  const practice =
    exchange.transport === 'practice' ||
    /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(exchange.request.url)
  if (!practice) return false
  try {
    const text = JSON.parse(response.body)?.Error?.[0]?.error_description
    return text === 'Route not found.' || / is not allowed on this endpoint\.$/.test(String(text))
  } catch {
    return false
  }
}
