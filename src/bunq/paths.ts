/**
 * Path rules shared by headers, signing, verification and rate limiting. Paths are relative to the
 * base URL (which ends in `/v1`), e.g. `/user/12/monetary-account`; a leading `/v1` is tolerated
 * because bunq's Pagination URLs carry it (docs/protocol.md §10.5).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** Which token goes into X-Bunq-Client-Authentication (docs/protocol.md §4 table, §5). */
export type AuthKind = 'none' | 'installation' | 'session'

/** `/v1/user/1/?count=2` -> `/user/1`: no version prefix, query or trailing slash. */
export function normalisePath(path: string): string {
  let p = path.split('?')[0].split('#')[0]
  if (!p.startsWith('/')) p = `/${p}`
  if (p === '/v1' || p.startsWith('/v1/')) p = p.slice(3) || '/'
  if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1)
  return p
}

/** The first path segment: `/user/1/payment` -> `user`. */
function head(path: string): string {
  return normalisePath(path).split('/')[1] ?? ''
}

/** Sandbox-user calls exist before any installation (docs/protocol.md §4.1). */
export function isSandboxUserPath(path: string): boolean {
  return /^sandbox-user(-person|-company)?$/.test(head(path))
}

/** POST /installation: no token, no signature, an unsigned response (§4.3, §6.2). */
export function isInstallationCreate(method: string, path: string): boolean {
  return method === 'POST' && normalisePath(path) === '/installation'
}

/** Calls made before there is a server key: no signing and no response verification. */
export function isPreInstallation(method: string, path: string): boolean {
  return isSandboxUserPath(path) || isInstallationCreate(method, path)
}

/** POST /session-server: the installation token, a mandatory signature, 1 call per 30 s (§4.5, §9). */
export function isSessionServer(path: string): boolean {
  return normalisePath(path) === '/session-server'
}

const INSTALLATION_TOKEN_HEADS = new Set([
  'device-server',
  'session-server',
  'payment-service-provider-credential',
])

/**
 * The token per endpoint (§4 table): none for sandbox-user and POST /installation; the installation
 * token for creating a device-server, session-server or PSD2 credential; the session token for
 * everything else, GET /installation included.
 */
export function authKindFor(method: string, path: string): AuthKind {
  if (isPreInstallation(method, path)) return 'none'
  if (method === 'POST' && INSTALLATION_TOKEN_HEADS.has(head(path))) return 'installation'
  return 'session'
}

/**
 * The endpoint a rate limit applies to (§9: "per endpoint"): ids and placeholders become `{id}`,
 * so `/user/1/monetary-account/7/payment` and `/user/1/monetary-account/8/payment` share a budget.
 */
export function endpointPattern(path: string): string {
  return normalisePath(path)
    .split('/')
    .map((segment) => (/^(\d+|\{[^}]+\})$/.test(segment) ? '{id}' : segment))
    .join('/')
}

/** Appends query parameters, skipping undefined values. */
export function withQuery(path: string, query?: Record<string, string | number | undefined>) {
  if (!query) return path
  const entries = Object.entries(query).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return path
  const search = new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))
  return `${path}${path.includes('?') ? '&' : '?'}${search.toString()}`
}

/** Joins the base URL (`https://host/v1`) and a path without doubling `/v1` or slashes. */
export function joinUrl(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '')
  const rel = path.startsWith('/') ? path : `/${path}`
  if (base.endsWith('/v1') && (rel === '/v1' || rel.startsWith('/v1/') || rel.startsWith('/v1?')))
    return base + rel.slice(3)
  return base + rel
}
