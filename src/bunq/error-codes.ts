/**
 * The stable error codes of the one error family (docs/architecture.md, "one error family"). The UI explains each one
 * (src/ui/error-explainers.ts); tests assert on codes, never on message text.
 */
export const ERROR_CODES = [
  // Reaching the server (src/transport diagnoses these; never reported as a bunq error)
  'network-offline',
  'host-unreachable',
  'cors-blocked',
  'signature-header-unreadable',
  'timeout',
  // bunq's answers, keyed on status and bunq's error text (docs/protocol.md §8)
  'bad-api-key-or-ip', // 400 "User credentials are incorrect. Incorrect API key or IP address."
  'session-expired', // 401 "Insufficient authorisation." / 403 "Insufficient authentication."
  'signature-required', // 466
  'bad-request-signature', // "The request signature is invalid."
  'rate-limited', // 429 "Too many requests..."
  'bad-request', // other 400
  'unauthorised', // other 401
  'forbidden', // other 403
  'not-found', // 404
  'method-not-allowed', // 405
  'user-error', // 490
  'maintenance', // 491
  'server-error', // 500
  'unknown-api-error', // any other non-200
  // The response itself
  'server-signature-missing', // a 200 after installation without X-Bunq-Server-Signature
  'server-signature-invalid', // a 200 whose signature does not verify
  'malformed-response', // not JSON, or not bunq's envelope
  // Local state
  'no-context', // a call needs a step that has not been done yet (e.g. no session)
  'wrong-bank', // a request addressed to a bank other than the one that issued the context (bank-guard.ts)
  'key-format',
  'vault-locked',
  'no-vault', // a vault call before any vault exists in this browser
  'vault-exists', // creating a vault where one already exists
  'wrong-passphrase',
  'weak-passphrase', // a new passphrase too short to protect the vault
  'confirmation-required', // delete/wipe called without the user's confirmation
  'vault-damaged',
  'quota-exceeded',
  'storage-unavailable',
  'context-file-invalid',
  'production-locked',
  // Inside the practice bank: a refusal it turns into bunq's error answer (never seen by the app)
  'practice-bank-refusal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** True for a code of this list (a UiError or a stored error carries a plain string). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(code)
}
