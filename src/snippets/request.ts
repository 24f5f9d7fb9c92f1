/**
 * What every snippet generator starts from: one prepared request with its exact body and the
 * client signature computed for that body (docs/protocol.md §6.1), and the rules for which parts
 * are secrets. A snippet shows secrets only when the caller asks (`reveal`); otherwise they become
 * placeholders the user fills in: the session or installation token, an API key in the body
 * (`secret` on device-server and session-server), and the signature, which the snippet recomputes
 * from the user's own private key so it always matches the exact body.
 */
import type { Exchange } from '../bunq/exchange'

export interface SnippetRequest {
  method: string
  url: string
  headers: Record<string, string>
  /** The exact body text sent (the bytes signed); '' for none. */
  body: string
  /** X-Bunq-Client-Signature over exactly `body`, or null when the request was not signed. */
  signature: string | null
}

export interface SnippetOptions {
  /** Put the real token, API key and signature in the snippet. Default false: placeholders. */
  reveal?: boolean
}

/** Headers a snippet never copies: the client sets them, or they are handled separately. */
const SKIPPED =
  /^(content-length|host|user-agent|x-bunq-client-signature|x-bunq-client-authentication)$/i
/** Body fields that hold an API key or token (docs/protocol.md §4.4-§4.5). */
const SECRET_FIELDS = ['secret', 'api_key', 'token']

/** The snippet input of an exchange; use the raw exchange (the redacted one has masked values). */
export function snippetRequestFrom(exchange: Exchange): SnippetRequest {
  const { method, url, headers, body } = exchange.request
  const signatureHeader = Object.entries(headers).find(
    ([name]) => name.toLowerCase() === 'x-bunq-client-signature',
  )?.[1]
  return {
    method,
    url,
    headers,
    body,
    signature: exchange.clientSignature?.signature ?? signatureHeader ?? null,
  }
}

/** The headers to copy as they are, in their original order. */
export function plainHeaders(request: SnippetRequest): Array<[string, string]> {
  return Object.entries(request.headers).filter(([name]) => !SKIPPED.test(name))
}

/** X-Bunq-Client-Authentication, when the request carried one. */
export function authToken(request: SnippetRequest): string | null {
  const entry = Object.entries(request.headers).find(
    ([name]) => name.toLowerCase() === 'x-bunq-client-authentication',
  )
  return entry?.[1] ?? null
}

/** A piece of the body: literal text, or the place where the API key goes. */
export type BodyPart = { text: string } | { apiKey: true }

/**
 * Splits the body around every occurrence of a secret field's value, so a snippet can put a
 * placeholder there and still send (and sign) the same bytes once the user fills it in.
 */
export function bodyParts(body: string): BodyPart[] {
  const values = new Set<string>()
  try {
    const parsed: unknown = JSON.parse(body)
    if (parsed && typeof parsed === 'object') {
      for (const field of SECRET_FIELDS) {
        const value = (parsed as Record<string, unknown>)[field]
        if (typeof value === 'string' && value.length > 0) values.add(value)
      }
    }
  } catch {
    return [{ text: body }] // not JSON: nothing we can recognise as a secret field
  }
  let parts: BodyPart[] = [{ text: body }]
  for (const value of values) {
    parts = parts.flatMap((part) =>
      'text' in part
        ? part.text
            .split(value)
            .flatMap((text, i): BodyPart[] => (i === 0 ? [{ text }] : [{ apiKey: true }, { text }]))
        : [part],
    )
  }
  return parts.filter((part) => !('text' in part) || part.text !== '')
}

/** The path relative to /v1/, as bunq's SDKs name endpoints ('user/1/payment?count=10'). */
export function relativeEndpoint(url: string): string {
  const parsed = new URL(url)
  const path = parsed.pathname.replace(/^.*?\/v1\//, '').replace(/^\//, '')
  return `${path}${parsed.search}`
}
