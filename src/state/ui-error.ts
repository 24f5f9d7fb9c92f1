/**
 * Errors become state (docs/architecture.md, "one error family"): every failure a live model catches is
 * turned into a `UiError` here, once. Only codes, messages, hints, bunq's own error text and the
 * response id cross over; a BunqError never carries a secret, and anything that is not one is
 * reported by kind, never by its text (it could echo a request).
 */
import { ApiError } from '../bunq/errors'
import { BunqError } from '../errors'
import type { Diagnosis } from '../transport/diagnosis'
import { IDLE, type ActionState, type UiError } from './models/base'

/**
 * The words for a transport diagnosis (diagnosis-words.ts), loaded with the transport's code: a
 * diagnosis only exists once a transport has run, and the first screen never sends
 * (docs/decisions/0029). create-app-models and the workshop load them beside their transports.
 */
let wordDiagnosis: ((diagnosis: Diagnosis) => UiError) | null = null

export async function loadDiagnosisWords(): Promise<void> {
  wordDiagnosis ??= (await import('./diagnosis-words')).diagnosisError
}

/** What an unexpected failure (not a BunqError) shows: its kind, never its text. */
export const UNEXPECTED: UiError = {
  code: 'unknown-api-error',
  message: 'Something unexpected went wrong in the page.',
  hint: 'Try again; if it keeps happening, reload the page (your vault is kept).',
}

/**
 * The one rule that turns any failure into a UiError. `fallback` is what a failure that is not a
 * BunqError shows: the vault passes its own (a storage failure), everything else the default.
 */
export function toUiError(error: unknown, fallback: UiError = UNEXPECTED): UiError {
  if (error instanceof ApiError) {
    return {
      code: error.code,
      message: error.message,
      hint: error.hint || undefined,
      bunqText: error.descriptions.length ? error.descriptions.join(' ') : null,
      responseId: error.responseId,
      status: error.status,
    }
  }
  const diagnosis = (error as { diagnosis?: Diagnosis } | null)?.diagnosis
  if (error instanceof BunqError && diagnosis && wordDiagnosis) return wordDiagnosis(diagnosis)
  if (error instanceof BunqError) {
    return { code: error.code, message: error.message, hint: error.hint || undefined }
  }
  const code = (error as { code?: unknown } | null)?.code
  if (error && typeof code === 'string' && typeof (error as Error).message === 'string') {
    const e = error as { message: string; hint?: unknown }
    return { code, message: e.message, hint: typeof e.hint === 'string' ? e.hint : undefined }
  }
  return fallback
}

export const running = (message: string | null = null): ActionState => ({
  status: 'running',
  message,
  error: null,
})
export const done = (message: string | null): ActionState => ({
  status: 'done',
  message,
  error: null,
})
export const failed = (error: unknown): ActionState => ({
  status: 'failed',
  message: null,
  error: toUiError(error),
})

/**
 * Runs `work`, reporting running / done(message) / failed(error) through `report`. Never throws,
 * so a component can call a model method without a try (docs/architecture.md, "one error family").
 */
export async function track(
  report: (state: ActionState) => void,
  work: () => Promise<string | null>,
): Promise<boolean> {
  report(running())
  try {
    report(done(await work()))
    return true
  } catch (error) {
    report(failed(error))
    return false
  }
}

export { IDLE }
