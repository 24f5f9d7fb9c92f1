import type { ApiContext } from './context'
import { NoContextError } from './errors'
import { authKindFor, type AuthKind } from './paths'

/**
 * Request headers (docs/protocol.md §5). The optional X-Bunq-* headers are sent anyway, with the
 * values bunq documents as defaults, so the exchange log teaches the full set. User-Agent is not
 * set: a page cannot set it (§11.2) and bunq accepts any value.
 */
export const DEFAULT_HEADERS = {
  'Cache-Control': 'no-cache',
  'X-Bunq-Language': 'en_US',
  'X-Bunq-Region': 'nl_NL',
  // The all-zero form the Java SDK and bunqJSClient send (§5).
  'X-Bunq-Geolocation': '0 0 0 0 000',
} as const

export const HEADER_AUTH = 'X-Bunq-Client-Authentication'
export const HEADER_SIGNATURE = 'X-Bunq-Client-Signature'
export const HEADER_REQUEST_ID = 'X-Bunq-Client-Request-Id'
export const HEADER_SERVER_SIGNATURE = 'X-Bunq-Server-Signature'
export const HEADER_RESPONSE_ID = 'X-Bunq-Client-Response-Id'
/** An attachment upload's description (§5). */
export const HEADER_ATTACHMENT_DESCRIPTION = 'X-Bunq-Attachment-Description'

/**
 * The token for this call, or a NoContextError naming the missing step. Never returns a token for
 * sandbox-user or POST /installation (§4 table).
 */
export function authTokenFor(
  method: string,
  path: string,
  context: ApiContext,
): { kind: AuthKind; token: string | null } {
  const kind = authKindFor(method, path)
  if (kind === 'none') return { kind, token: null }
  if (kind === 'installation') {
    if (!context.installation) throw new NoContextError('an installation token', 'Install')
    return { kind, token: context.installation.token }
  }
  if (!context.session) throw new NoContextError('a session', 'Open a session')
  return { kind, token: context.session.token }
}

export interface HeaderInput {
  /** A fresh id per call (platform.randomUUID); bunq may reject reuse (§5). */
  requestId: string
  authToken: string | null
  hasBody: boolean
  /** base64 X-Bunq-Client-Signature, or null for calls that are not signed. */
  signature: string | null
}

/** Builds the header set in a stable order (the order the exchange log shows). */
export function buildHeaders(input: HeaderInput): Record<string, string> {
  const headers: Record<string, string> = { ...DEFAULT_HEADERS }
  headers[HEADER_REQUEST_ID] = input.requestId
  // Python and PHP send no Content-Type; bunqJSClient and Postman send application/json (§5).
  if (input.hasBody) headers['Content-Type'] = 'application/json'
  if (input.authToken) headers[HEADER_AUTH] = input.authToken
  if (input.signature !== null) headers[HEADER_SIGNATURE] = input.signature
  return headers
}

/** A Headers object as a plain record (lower-case names as fetch gives them). */
export function headersToRecord(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}
