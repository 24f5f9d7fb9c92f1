/**
 * The practice bank's live switches. Each one settles a point docs/protocol.md marks UNCERTAIN
 * (§15.1) or a teaching aid; the defaults are the interactive defaults named there. Tests pass
 * `TEST_OPTIONS` (rate limits off, Sugar Daddy instant) on top.
 */
export type SessionExtensionRule = 'swagger-30s' | 'docs-30min' | 'none'

export interface ErrorAnswer {
  status: number
  text: string
}

export interface BankOptions {
  /** §9, §15.1 #9: 'enforce' answers 429, 'delay' waits for a free slot, 'off' never limits. */
  rateLimits: 'enforce' | 'delay' | 'off'
  /** §9, §15.1 #8: send Retry-After (seconds) on a 429. */
  retryAfterHeader: boolean
  /** §4.6, §15.1 #2: how a request near expiry extends a session. */
  sessionExtension: SessionExtensionRule
  /** §4.5: the users' session_timeout (auto-logout), in seconds. */
  sessionTimeoutSeconds: number
  /** §6.1, §15.1 #4: status of "The request signature is invalid.". */
  badSignatureStatus: 400 | 401
  /** §8, §15.1 #3: the answer to an unknown, expired or wrong-kind token. */
  expiredSessionError: ErrorAnswer
  /** §6.2, §15.1 #6: sign error bodies too (when the caller has an installation). */
  signErrorResponses: boolean
  /** §6.2, §15.1 #5: sign the installation response with the new server key. */
  signInstallationResponse: boolean
  /** §5, §15.1 #7: whether a reused X-Bunq-Client-Request-Id is refused (per installation). */
  requestIdReuse: 'allow' | 'reject'
  /** §4.5, §15.1 #12: refuse a second live session on one installation token. */
  singleSessionPerInstallation: boolean
  /** §10.2, §15.1 #19: how long Sugar Daddy takes to pay; 0 pays inside the request. */
  sugarDaddyDelayMs: number
  /** §4.4: the simulated IPv4 address of the caller (a page has none of its own). */
  callerIp: string
  /** §4.1, §15.1 #11: how long after creation an API key can still be bound to a device. */
  apiKeyBindWindow: '1h' | '4h' | 'off'
  /** §4.2, §15.1 #14: client key sizes accepted at installation. */
  acceptedKeyBits: number[]
  /** §10.3, §15.1 #18: refuse amounts sent as JSON numbers. */
  strictAmountStrings: boolean
  /** §6.1: 'all-bodies' also enforces signatures on every call with a body after installation. */
  enforceSignature: 'mandatory-only' | 'all-bodies'
  /**
   * Schema-made answers (docs/decisions/0024-schema-made-answers-switch.md): the generic engine
   * answers every operation no hand-made handler models. Off, only the hand-made operations are
   * answered and the others are refused as routes the bank does not emulate (router.ts).
   */
  genericAnswers: boolean
}

export const DEFAULT_OPTIONS: BankOptions = {
  rateLimits: 'enforce',
  retryAfterHeader: false,
  sessionExtension: 'swagger-30s',
  sessionTimeoutSeconds: 604800,
  badSignatureStatus: 400,
  expiredSessionError: { status: 401, text: 'Insufficient authorisation.' },
  signErrorResponses: false,
  signInstallationResponse: false,
  requestIdReuse: 'allow',
  singleSessionPerInstallation: false,
  // docs/decisions/0015: clients re-read the balance right after asking; 0 pays in the request.
  sugarDaddyDelayMs: 0,
  callerIp: '203.0.113.10',
  apiKeyBindWindow: '1h',
  // docs/decisions/0015: jsrsasign's "2048-bit" keys have 2047-bit moduli about 39% of the time.
  acceptedKeyBits: [2047, 2048],
  strictAmountStrings: false,
  enforceSignature: 'mandatory-only',
  genericAnswers: true,
}

/** What automated tests want (§9, §10.2): no rate limits, Sugar Daddy pays inside the request. */
export const TEST_OPTIONS: Partial<BankOptions> = { rateLimits: 'off', sugarDaddyDelayMs: 0 }

export function resolveOptions(partial: Partial<BankOptions> = {}): BankOptions {
  return {
    ...DEFAULT_OPTIONS,
    ...partial,
    expiredSessionError: {
      ...(partial.expiredSessionError ?? DEFAULT_OPTIONS.expiredSessionError),
    },
    acceptedKeyBits: [...(partial.acceptedKeyBits ?? DEFAULT_OPTIONS.acceptedKeyBits)],
  }
}
