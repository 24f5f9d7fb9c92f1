/**
 * The root of the one typed error family (docs/architecture.md, "one error family"). Every error the app raises carries a
 * stable `code` the UI can explain, a message that says what failed, and a hint that says what to
 * do. Messages never contain secrets: callers pass descriptions, not values.
 *
 * This module is a leaf (with the list of codes it names): crypto, the protocol core and storage may
 * all import it.
 */
import type { ErrorCode } from './bunq/error-codes'

export class BunqError extends Error {
  readonly code: ErrorCode
  readonly hint: string

  constructor(code: ErrorCode, message: string, hint = '', options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    this.hint = hint
  }
}

/** A key or PEM that cannot be read. Raised by src/crypto. */
export class KeyFormatError extends BunqError {
  constructor(
    message: string,
    hint = 'Paste the whole PEM block, including its BEGIN and END lines.',
  ) {
    super('key-format', message, hint)
  }
}
