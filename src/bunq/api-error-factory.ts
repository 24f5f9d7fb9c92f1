import type { ErrorCode } from './error-codes'
import { ApiError, RateLimitError, SessionExpiredError, type ApiErrorDetails } from './errors'

/**
 * The ONE factory that turns a non-200 answer into a typed ApiError, keyed on the status and on
 * bunq's own error text (docs/protocol.md §8). Text beats status where bunq's status is uncertain:
 * an invalid signature comes as 400 or 401 (§6.1), an expired session as 401 or 403 (§8).
 */

const TEXT_SESSION = /insufficient (authorisation|authorization|authentication)/i
const TEXT_CREDENTIALS = /user credentials are incorrect/i
const TEXT_BAD_SIGNATURE = /request signature is invalid/i

interface Classification {
  code: ErrorCode
  message: string
  hint: string
}

const BY_STATUS: Record<number, Classification> = {
  400: {
    code: 'bad-request',
    message: 'bunq rejected the request (400).',
    hint: 'Read bunq’s description below and correct the request.',
  },
  401: {
    code: 'unauthorised',
    message: 'bunq did not accept the credentials (401).',
    hint: 'Open a new session; if that fails, reinstall.',
  },
  403: {
    code: 'forbidden',
    message: 'bunq refused this action for this user (403).',
    hint: 'Check that this user may do this, or use another user.',
  },
  404: {
    code: 'not-found',
    message: 'bunq has no such object or endpoint (404).',
    hint: 'Check the ids in the path.',
  },
  405: {
    code: 'method-not-allowed',
    message: 'This endpoint does not accept that method (405).',
    hint: 'Check the method for this endpoint in the API reference.',
  },
  429: {
    code: 'rate-limited',
    message: 'Too many calls to this endpoint (429).',
    hint: 'Wait three seconds and try again; the workbench queues calls to stay within bunq’s limits.',
  },
  466: {
    code: 'signature-required',
    message: 'bunq requires a request signature for this call (466).',
    hint: 'Sign the body with the installation key pair; session-server and payments always need it.',
  },
  490: {
    code: 'user-error',
    message: 'bunq refused the request for this user (490).',
    hint: 'Read bunq’s description below.',
  },
  491: { code: 'maintenance', message: 'bunq is in maintenance (491).', hint: 'Try again later.' },
  500: {
    code: 'server-error',
    message: 'bunq had an internal error (500).',
    hint: 'Try again later; if it persists, contact bunq with the response id.',
  },
}

function classify(status: number, text: string): Classification {
  if (TEXT_SESSION.test(text) && status !== 429)
    return {
      code: 'session-expired',
      message: `The session is no longer valid (${status}).`,
      hint: 'Renew the session (the workbench does this by itself for reads). If renewing fails too, the installation is gone: after a sandbox reset, create a new sandbox user.',
    }
  if (TEXT_BAD_SIGNATURE.test(text))
    return {
      code: 'bad-request-signature',
      message: `bunq could not verify the request signature (${status}).`,
      hint: 'The key pair does not match the installation, or the body changed after signing. Reinstall with a fresh key pair.',
    }
  if (status === 400 && TEXT_CREDENTIALS.test(text))
    return {
      code: 'bad-api-key-or-ip',
      message: 'bunq did not accept the API key or the IP address (400).',
      hint: 'Check the API key and its environment (sandbox keys start with sandbox_), and that permitted_ips includes this IP or "*". A sandbox reset wipes every sandbox key: then create a new sandbox user.',
    }
  return (
    BY_STATUS[status] ?? {
      code: 'unknown-api-error',
      message: `bunq answered with an unexpected status (${status}).`,
      hint: 'Read bunq’s description below.',
    }
  )
}

/** What to do when even a new session is refused: nothing of this user is left at bunq. */
export const RENEWAL_REFUSED_HINT =
  'The workbench tried to open a new session and bunq refused that too, so the installation or the API key is no longer valid. After a sandbox reset every sandbox user is gone: create a new sandbox user and run the onboarding steps again.'

/**
 * The same error with the hint for a failed renewal (client.ts): an expired session or a refused
 * key, reported while renewing, is past what "renew the session" can fix (docs/protocol.md §4.6).
 * Other errors pass through unchanged. `codes` narrows it: a first session refused for the key may
 * just be a mistyped key, whose own hint (above) fits better.
 */
export function afterFailedRenewal(
  error: unknown,
  codes: readonly ErrorCode[] = ['session-expired', 'bad-api-key-or-ip'],
): unknown {
  if (!(error instanceof ApiError)) return error
  const code = error.code as ErrorCode
  if (!codes.includes(code)) return error
  const details: ApiErrorDetails = {
    status: error.status,
    descriptions: error.descriptions,
    responseId: error.responseId,
  }
  const Kind = error instanceof SessionExpiredError ? SessionExpiredError : ApiError
  return new Kind(code, error.message, RENEWAL_REFUSED_HINT, details)
}

/** Reads `Error[*].error_description` from a body that may not be JSON at all. */
export function errorDescriptions(bodyText: string): string[] {
  try {
    const parsed: unknown = JSON.parse(bodyText)
    const list = (parsed as { Error?: unknown }).Error
    if (!Array.isArray(list)) return []
    return list
      .map((item) => (item as { error_description?: unknown })?.error_description)
      .filter((d): d is string => typeof d === 'string')
  } catch {
    return []
  }
}

/**
 * Builds the typed error for a non-200 answer. `bodyText` is the decoded body (it may be empty,
 * HTML or truncated); `headers` the response headers.
 */
export function apiErrorFrom(status: number, bodyText: string, headers: Headers): ApiError {
  const descriptions = errorDescriptions(bodyText)
  const details: ApiErrorDetails = {
    status,
    descriptions,
    responseId: headers.get('X-Bunq-Client-Response-Id'),
  }
  const { code, message, hint } = classify(status, descriptions.join(' '))
  const text = descriptions.length > 0 ? `${message} bunq says: ${descriptions.join(' ')}` : message
  if (code === 'session-expired') return new SessionExpiredError(code, text, hint, details)
  if (code === 'rate-limited') return new RateLimitError(code, text, hint, details)
  return new ApiError(code, text, hint, details)
}
