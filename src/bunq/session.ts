import type { ApiContext, UserType } from './context'

/**
 * Session lifetime (docs/protocol.md §4.6). The sources disagree on how bunq extends a session, so
 * the client follows the strategy that is safe under both rules: expiry = creation + the user's
 * session_timeout; reopen through /session-server when fewer than 30 s remain, or after a
 * "session gone" answer on a safe read (then retry that read once).
 */

/** Reopen when fewer than this many milliseconds remain (the SDKs' 30 s rule). */
export const RENEW_MARGIN_MS = 30_000

/** bunq's default auto-logout: one week (§4.6), used when the user object carries no timeout. */
export const DEFAULT_SESSION_TIMEOUT_S = 604_800

function timeoutOf(value: unknown): number | null {
  if (!value || typeof value !== 'object') return null
  const t = (value as { session_timeout?: unknown }).session_timeout
  if (typeof t === 'number' && t > 0) return t
  if (typeof t === 'string' && /^\d+$/.test(t) && Number(t) > 0) return Number(t)
  return null
}

/**
 * The user's session_timeout in seconds: on UserPerson, UserCompany and
 * UserPaymentServiceProvider directly; for UserApiKey under `requested_by_user.<UserX>` (§4.5).
 */
export function sessionTimeoutSeconds(userType: UserType, user: Record<string, unknown>): number {
  if (userType === 'UserApiKey') {
    const requestedBy = user.requested_by_user
    if (requestedBy && typeof requestedBy === 'object') {
      for (const inner of Object.values(requestedBy)) {
        const t = timeoutOf(inner)
        if (t !== null) return t
      }
    }
    return DEFAULT_SESSION_TIMEOUT_S
  }
  return timeoutOf(user) ?? DEFAULT_SESSION_TIMEOUT_S
}

/**
 * Expiry in epoch ms. `createdAt` is our own clock when the session-server call was sent: earlier
 * than bunq's creation time, so we never believe a session lives longer than it does, and immune
 * to clock skew between us and the server (Python and PHP also use local time, §4.6).
 */
export function sessionExpiresAt(
  createdAt: number,
  userType: UserType,
  user: Record<string, unknown>,
): number {
  return createdAt + sessionTimeoutSeconds(userType, user) * 1000
}

/** True when there is a session and fewer than 30 s remain (or it has already expired). */
export function needsRenewal(context: ApiContext, now: number): boolean {
  return context.session !== null && context.session.expiresAt - now < RENEW_MARGIN_MS
}

/**
 * Whether the context holds everything /session-server needs (§4.5). The public key stands for
 * the pair: the private key may be a CryptoKey outside the context (key-ring.ts).
 */
export function canOpenSession(context: ApiContext): boolean {
  return Boolean(context.apiKey && context.publicKeyPem && context.installation && context.device)
}

/**
 * The {userID} for every user-scoped path. For a UserApiKey (OAuth) this is the UserApiKey's own id
 * (docs/protocol.md §12).
 */
export function sessionUserId(context: ApiContext): number | null {
  return context.session?.userId ?? null
}
