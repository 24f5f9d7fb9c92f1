/**
 * Base URLs the user types or a link carries. Only http(s), never credentials, a query or a
 * fragment (a secret must never sit in a URL: docs/architecture.md, security stance). Messages never
 * echo the rejected value, which might hold one.
 */
import { BunqError } from '../errors'
import { RELAY_DEFAULT_URL } from './relay-address'

/** Origin and path without trailing slashes, or null when the URL is not acceptable. */
function clean(raw: string): { origin: string; path: string } | null {
  let url: URL
  try {
    url = new URL(raw.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.username || url.password || url.search || url.hash) return null
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') }
}

function refuse(what: string, example: string): never {
  throw new BunqError(
    'host-unreachable',
    `The ${what} is not a usable http(s) URL (no credentials, query or fragment allowed).`,
    `Type one such as ${example}.`,
  )
}

/** Direct base URL: `https://host[:port]/path` without a trailing slash; a bare origin gets /v1. */
export function normalizeDirectBaseUrl(raw: string): string {
  const url = clean(raw) ?? refuse('base URL', 'https://public-api.sandbox.bunq.com/v1')
  return `${url.origin}${url.path === '' ? '/v1' : url.path}`
}

/** Relay URL without a trailing slash or /v1: the transport adds /v1 itself. */
export function normalizeRelayUrl(raw: string): string {
  const url = clean(raw) ?? refuse('relay URL', RELAY_DEFAULT_URL)
  return `${url.origin}${url.path.replace(/\/v1$/, '')}`
}

/** True when `raw` would be accepted by the normalizers above. */
export function isUsableUrl(raw: string): boolean {
  return clean(raw) !== null
}
