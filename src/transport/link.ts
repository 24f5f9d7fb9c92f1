/**
 * Links that open the app with a transport chosen: `?transport=relay&relay=http://127.0.0.1:8787`,
 * `?transport=direct&base=https://public-api.sandbox.bunq.com/v1`, `?transport=practice`.
 *
 * A URL is never a place for a secret (docs/architecture.md, security stance): parsing strips any
 * parameter that is named or shaped like an API key, token, signature or key, and reports it, so
 * the app can also remove it from the address bar (history.replaceState with `cleanSearch`).
 */
import type { TransportConfig } from '../bunq/context'
import { PRODUCTION_BASE_URL } from '../bunq/context'
import { isUsableUrl, normalizeDirectBaseUrl, normalizeRelayUrl } from './base-url'

export interface TransportLink {
  /** The transport the link asks for, or null when it names none (or an unusable one). */
  config: TransportConfig | null
  /** True when the link points at bunq production: the production guard must still be passed. */
  production: boolean
  /** Names of parameters removed because they looked secret. */
  removed: string[]
  /** Plain-language problems with the transport parameters, for a banner. */
  problems: string[]
  /** The query string without the removed parameters ('' or '?...'). */
  cleanSearch: string
}

const SECRET_NAME = /key|token|secret|session|signature|passw|auth|private|pem|credential|bearer/i
const SECRET_VALUE = [
  /sandbox_[0-9a-z]{8,}/i, // a sandbox API key (docs/protocol.md §2)
  /-----BEGIN/, // a PEM block
  /[A-Za-z0-9+_-]{32,}/, // a long opaque run: tokens are 64 hex; keys and signatures are base64
]

/** True for a parameter that must never travel in a URL. */
export function looksSecret(name: string, value: string): boolean {
  return SECRET_NAME.test(name) || SECRET_VALUE.some((pattern) => pattern.test(value))
}

/** Reads the transport parameters of a query string such as `location.search`. */
export function parseTransportLink(search: string): TransportLink {
  const params = new URLSearchParams(search)
  const removed: string[] = []
  const problems: string[] = []
  for (const [name, value] of [...params]) {
    if (looksSecret(name, value)) {
      params.delete(name)
      if (!removed.includes(name)) removed.push(name)
    }
  }
  if (removed.length > 0) {
    problems.push(`Removed ${removed.join(', ')} from the link: secrets never belong in a URL.`)
  }
  const query = params.toString()
  const result = { removed, problems, cleanSearch: query ? `?${query}` : '', production: false }
  const kind = params.get('transport')
  const url = (name: 'base' | 'relay'): string | null => {
    const value = params.get(name)
    if (value !== null && isUsableUrl(value)) return value
    problems.push(`The link's ${name} parameter is missing or not a plain http(s) URL.`)
    return null
  }
  if (kind === null) return { ...result, config: null }
  if (kind === 'practice') return { ...result, config: { kind: 'practice' } }
  if (kind === 'direct') {
    const base = url('base')
    if (base === null) return { ...result, config: null }
    const baseUrl = normalizeDirectBaseUrl(base)
    return { ...result, config: { kind, baseUrl }, production: baseUrl === PRODUCTION_BASE_URL }
  }
  if (kind === 'relay') {
    const relay = url('relay')
    return {
      ...result,
      config: relay === null ? null : { kind, relayUrl: normalizeRelayUrl(relay) },
    }
  }
  problems.push('The link names an unknown transport; use practice, direct or relay.')
  return { ...result, config: null }
}

/**
 * A link to `pageUrl` that opens the app with this transport. Other parameters and the hash route
 * are kept; old transport parameters are replaced. Throws for an unusable URL (see base-url.ts).
 */
export function buildTransportLink(config: TransportConfig, pageUrl: string): string {
  const url = new URL(pageUrl)
  for (const name of ['transport', 'base', 'relay']) url.searchParams.delete(name)
  url.searchParams.set('transport', config.kind)
  if (config.kind === 'direct') url.searchParams.set('base', normalizeDirectBaseUrl(config.baseUrl))
  if (config.kind === 'relay') url.searchParams.set('relay', normalizeRelayUrl(config.relayUrl))
  return url.toString()
}
