/**
 * The error a live transport throws when a call gets no usable answer: the protocol core's
 * NetworkError (src/bunq/errors.ts), carrying the diagnosis so the UI can show what was tried and
 * what to do next, with a hint naming the exact relay command (docs/protocol.md §11.2). Never a
 * bunq error: these codes mean bunq may not have seen the call at all.
 */
import { NetworkError } from '../bunq/errors'
import type { NetworkErrorCode } from '../bunq/errors'
import { describeNextStep } from './advice'
import type { Diagnosis } from './diagnosis'

export type { NetworkErrorCode } from '../bunq/errors'

export class TransportError extends NetworkError {
  declare readonly code: NetworkErrorCode
  /** This diagnosis's next steps in words (replaces NetworkError's generic hint). */
  override readonly hint: string
  readonly diagnosis: Diagnosis

  constructor(diagnosis: Diagnosis & { code: NetworkErrorCode }, options?: { cause?: unknown }) {
    super(diagnosis.code, diagnosis.summary, options)
    this.hint = diagnosis.nextSteps.map(describeNextStep).join(' ')
    this.diagnosis = diagnosis
  }
}

/** Turns a diagnosis that is not 'ok' into the error to throw. */
export function transportErrorFrom(diagnosis: Diagnosis, cause?: unknown): TransportError {
  if (diagnosis.code === 'ok') throw new Error('transportErrorFrom needs a failed diagnosis')
  return new TransportError({ ...diagnosis, code: diagnosis.code }, { cause })
}
