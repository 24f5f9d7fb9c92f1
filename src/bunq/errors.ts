import { BunqError } from '../errors'
import type { ErrorCode } from './error-codes'

/**
 * The protocol core's error family, on top of src/errors.ts `BunqError` (docs/architecture.md, "one error family"). Every
 * class carries a stable `code` from error-codes.ts; messages say what failed and hints say what
 * to do. No message ever contains a secret: only statuses, bunq's own error text and ids.
 */

/** Details bunq gave with a non-200 answer (docs/protocol.md §8). */
export interface ApiErrorDetails {
  status: number
  /** Every `Error[*].error_description`, in order. */
  descriptions: string[]
  /** X-Bunq-Client-Response-Id, which bunq support asks for (§7). */
  responseId: string | null
}

/** Any non-200 answer from bunq. Made by `apiErrorFrom` (src/bunq/api-error-factory.ts). */
export class ApiError extends BunqError {
  readonly status: number
  readonly descriptions: string[]
  readonly responseId: string | null

  constructor(code: ErrorCode, message: string, hint: string, details: ApiErrorDetails) {
    super(code, message, hint)
    this.status = details.status
    this.descriptions = details.descriptions
    this.responseId = details.responseId
  }
}

/** 401/403 "Insufficient authorisation/authentication.": the session token is gone (§8). */
export class SessionExpiredError extends ApiError {}

/** 429 "Too many requests..." (§9). Safe reads are retried by the core; writes never are. */
export class RateLimitError extends ApiError {}

export type SignatureErrorCode = 'server-signature-missing' | 'server-signature-invalid'

/**
 * A 200 after installation whose X-Bunq-Server-Signature is missing or does not verify over the raw
 * body bytes (§6.2). The body is never parsed or used.
 */
export class SignatureError extends BunqError {
  constructor(code: SignatureErrorCode) {
    super(
      code,
      code === 'server-signature-missing'
        ? 'The response carried no X-Bunq-Server-Signature, so it cannot be trusted and was discarded.'
        : 'The response signature did not verify against the server public key from installation; the response was discarded.',
      code === 'server-signature-missing'
        ? 'If you use a relay or direct transport, make sure it exposes X-Bunq-Server-Signature (Access-Control-Expose-Headers). Otherwise reinstall to fetch a fresh server key.'
        : 'Something between you and bunq changed the response, or the stored server key is stale. Reinstall and try again.',
    )
  }
}

export type NetworkErrorCode =
  | 'network-offline'
  | 'host-unreachable'
  | 'cors-blocked'
  | 'signature-header-unreadable'
  | 'timeout'

const NETWORK_HINTS: Record<NetworkErrorCode, string> = {
  'network-offline': 'You appear to be offline. Reconnect, or switch to the practice bank.',
  'host-unreachable': 'Check the base URL and that the server or relay is running.',
  'cors-blocked':
    'The server refused a browser origin (CORS). Use the relay transport or the practice bank.',
  'signature-header-unreadable':
    'The response headers are hidden from the page. The server or relay must expose X-Bunq-Server-Signature.',
  timeout: 'The server did not answer in time. Try again in a moment.',
}

/**
 * The request never got a usable answer. Thrown by the transports (src/transport), which can tell
 * offline from CORS from timeouts; the core wraps anything else a transport throws as
 * 'host-unreachable'.
 */
export class NetworkError extends BunqError {
  constructor(code: NetworkErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, NETWORK_HINTS[code], options)
  }
}

/** A 200 whose body is not JSON or not bunq's `Response` envelope (§3). */
export class MalformedResponseError extends BunqError {
  constructor(what: string) {
    super(
      'malformed-response',
      `The response could not be read: ${what}.`,
      'The server did not answer in bunq format. Check the base URL or transport; if it persists, report it with the response id.',
    )
  }
}

/** A call needs a bootstrap step that has not been done yet (docs/protocol.md §4). */
export class NoContextError extends BunqError {
  constructor(missing: string, step: string) {
    super(
      'no-context',
      `This call needs ${missing}, which is not set up yet.`,
      `Run "${step}" on the Onboarding page first.`,
    )
  }
}

/**
 * A request addressed to a bank other than the one that issued the context (docs/decisions/0023):
 * refused before anything is signed or sent, so the context's key and tokens never leave for it.
 * The message names bank endpoints only (never a secret, never the request's path or query).
 */
export class WrongBankError extends BunqError {
  constructor(contextBank: string, target: string) {
    super(
      'wrong-bank',
      `This request was stopped before it was sent: it was addressed to ${target}, but this context belongs to ${contextBank}.`,
      `Its key and tokens go only to ${contextBank}. To use another bank, switch to a context of that bank in Settings.`,
    )
  }
}
