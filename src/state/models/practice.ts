/** A teaching fault: the next call(s) get this error from the practice bank. */
export type PracticeFault = 'expire-sessions' | 'fail-next-429' | 'corrupt-next-signature'

/** One request the bank saw, as its inspector shows it (no secret, no body). */
export interface PracticeRequestRow {
  at: number
  method: string
  path: string
  status: number
  /** The client signature check: 'absent' | 'valid' | 'invalid' | 'not-checked'. */
  signature: string
  signatureRequired: boolean
  errorText: string | null
}

/** A callback bunq would have POSTed to a notification filter URL (docs/protocol.md §10.6). */
export interface PracticeCallbackRow {
  at: number
  targetUrl: string
  category: string
}
