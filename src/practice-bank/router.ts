import { BankError } from './bank-error'
import type { Route } from './route'

/**
 * Matches a request path against the handler table (docs/architecture.md, "practice bank handler table": an unknown route is an error,
 * never a silent 200). Paths arrive without the /v1 prefix; a trailing slash is tolerated (docs/protocol.md §17).
 * A path that exists under another method answers 405, anything else 404, in bunq's envelope.
 */
export interface RouteMatch {
  route: Route
  params: Record<string, number>
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

/** A UUID path segment: generic objects created with a Uuid answer are addressed by it. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function matchPattern(
  pattern: string,
  segments: string[],
  uuids: boolean,
): Record<string, number> | null {
  const parts = split(pattern)
  if (parts.length !== segments.length) return null
  const params: Record<string, number> = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part.startsWith('{')) {
      // bunq ids are integers; anything else cannot name an object. Objects bunq names by UUID
      // (attachment-public, docs/protocol.md §14) take one where the pattern says `{…UUID}`.
      if ((uuids || part.endsWith('UUID}')) && UUID.test(segments[i])) continue
      if (part.endsWith('UUID}')) return null
      if (!/^\d{1,15}$/.test(segments[i])) return null
      params[part.slice(1, -1)] = Number(segments[i])
    } else if (part !== segments[i]) return null
  }
  return params
}

export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  const segments = split(path)
  let pathExists = false
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments, route.emulation === 'generic')
    if (!params) continue
    if (route.method === method) return { route, params }
    pathExists = true
  }
  if (pathExists) {
    throw new BankError(405, `Method ${method} is not allowed on this endpoint.`, {
      emulatorText: true,
    })
  }
  throw new BankError(404, 'Route not found.', { emulatorText: true })
}
