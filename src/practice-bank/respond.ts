import { bytesToBase64, utf8Encode } from '../crypto/bytes'
import { signBytes } from '../crypto/rsa'
import { asciiJson } from './format'
import type { Pagination } from './route'

/**
 * Builds bunq-shaped responses (docs/protocol.md §3, §7, §8, §17): status 200 with the Response
 * envelope or the Error envelope, `Content-Type: application/json` exactly, ASCII-only JSON,
 * X-Bunq-Client-Response-Id on every response, the request id echoed verbatim when sent, and
 * X-Bunq-Server-Signature over the exact body bytes when a signing key is given.
 */
export interface ResponseParts {
  status: number
  payload: unknown
  responseId: string
  requestId: string | null
  /** Sign with this key (§6.2); null leaves the response unsigned. */
  signWith: CryptoKey | null
  /** Fault switch: flip the signature so a client's verification must fail. */
  corruptSignature?: boolean
  headers?: Record<string, string>
  subtle: SubtleCrypto
}

export function okPayload(
  items: Record<string, unknown>[],
  pagination?: Pagination,
): Record<string, unknown> {
  return pagination ? { Response: items, Pagination: pagination } : { Response: items }
}

export function errorPayload(text: string): Record<string, unknown> {
  return { Error: [{ error_description: text, error_description_translated: text }] }
}

/** Changes one byte of the signature so it stays valid base64 but no longer verifies. */
function corrupt(signature: string): string {
  const bytes = Uint8Array.from(atob(signature), (c) => c.charCodeAt(0))
  bytes[0] ^= 0xff
  return bytesToBase64(bytes)
}

/** A raw answer (attachment content, docs/protocol.md §14): sent and signed as these bytes. */
export interface RawPayload {
  bytes: Uint8Array
  contentType: string
}

function isRaw(payload: unknown): payload is RawPayload {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    (payload as RawPayload).bytes instanceof Uint8Array
  )
}

export async function buildResponse(parts: ResponseParts): Promise<Response> {
  const raw = isRaw(parts.payload) ? parts.payload : null
  const body = raw ? Uint8Array.from(raw.bytes) : utf8Encode(asciiJson(parts.payload))
  const headers = new Headers({
    'Content-Type': raw ? raw.contentType : 'application/json',
    'X-Bunq-Client-Response-Id': parts.responseId,
    ...parts.headers,
  })
  if (parts.requestId !== null) headers.set('X-Bunq-Client-Request-Id', parts.requestId)
  if (parts.signWith) {
    const signature = await signBytes(parts.signWith, body, parts.subtle)
    headers.set('X-Bunq-Server-Signature', parts.corruptSignature ? corrupt(signature) : signature)
  }
  return new Response(body, { status: parts.status, headers })
}
