import { BunqError } from '../errors'

/**
 * A refusal the practice bank answers in bunq's Error envelope (§8). `emulatorText` marks texts we
 * had to invent (no public source shows bunq's wording), so the inspector can say so (§8, last rule).
 */
export class BankError extends BunqError {
  readonly status: number
  readonly emulatorText: boolean
  readonly headers: Record<string, string>

  constructor(
    status: number,
    text: string,
    options: { emulatorText?: boolean; headers?: Record<string, string> } = {},
  ) {
    super('practice-bank-refusal', text)
    this.status = status
    this.emulatorText = options.emulatorText ?? false
    this.headers = options.headers ?? {}
  }
}

/** bunq's verbatim texts (docs/protocol.md §8). */
export const TEXT = {
  credentials: 'User credentials are incorrect. Incorrect API key or IP address.',
  badSignature: 'The request signature is invalid.',
  signatureRequired:
    'For this operation a request signature is required. Check the urls for more information.',
  sessionTaken: 'Authentication token already has a user session.',
} as const

/** An emulator-made 400 (texts bunq never published). */
export function badRequest(text: string): BankError {
  return new BankError(400, text, { emulatorText: true })
}

export function notFound(what: string): BankError {
  return new BankError(404, `${what} not found.`, { emulatorText: true })
}
