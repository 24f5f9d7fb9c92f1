/**
 * The error a live transport throws when a call gets no usable answer: the protocol core's
 * NetworkError (src/bunq/errors.ts), carrying the diagnosis as facts so the state layer can word
 * what was tried and what to do next, with the exact relay command (src/state/diagnosis-words.ts,
 * docs/protocol.md §11.2). Never a bunq error: these codes mean bunq may not have seen the call.
 */
import { NetworkError } from '../bunq/errors'
import type { NetworkErrorCode } from '../bunq/errors'
import type { Diagnosis } from './diagnosis'

export type { NetworkErrorCode } from '../bunq/errors'

export class TransportError extends NetworkError {
  declare readonly code: NetworkErrorCode
  readonly diagnosis: Diagnosis

  constructor(diagnosis: Diagnosis & { code: NetworkErrorCode }, options?: { cause?: unknown }) {
    // A developer's line; a user reads the diagnosis in words (toUiError, diagnosisError).
    super(
      diagnosis.code,
      `Transport diagnosis ${diagnosis.code} for ${diagnosis.baseUrl}.`,
      options,
    )
    this.diagnosis = diagnosis
  }
}

/** Turns a diagnosis that is not 'ok' into the error to throw. */
export function transportErrorFrom(diagnosis: Diagnosis, cause?: unknown): TransportError {
  if (diagnosis.code === 'ok') throw new Error('transportErrorFrom needs a failed diagnosis')
  return new TransportError({ ...diagnosis, code: diagnosis.code }, { cause })
}
