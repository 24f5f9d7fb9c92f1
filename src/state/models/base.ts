/** A failure as the UI shows it: a BunqError turned into state. Never holds a secret. */
export interface UiError {
  /** A code from src/bunq/error-codes.ts; explained by src/ui/error-explainers.ts. */
  code: string
  /** What failed, in the app's words (BunqError.message). */
  message: string
  /** What to do (BunqError.hint), if the error carried one. */
  hint?: string
  /** bunq's own `error_description`, verbatim, when the server answered (docs/protocol.md §8). */
  bunqText?: string | null
  /** X-Bunq-Client-Response-Id of the failed response, for bunq support (§7). */
  responseId?: string | null
  /** HTTP status, when there was a response. */
  status?: number | null
}

/** The state of one user action (top up, pay, renew, ...). */
export interface ActionState {
  status: 'idle' | 'running' | 'done' | 'failed'
  /** A short human line: "Requested 100.00 EUR from Sugar Daddy: ACCEPTED". */
  message: string | null
  error: UiError | null
}

export const IDLE: ActionState = { status: 'idle', message: null, error: null }

/**
 * A model built the first time a view needs it (docs/decisions/0029; src/state/deferred-model.svelte.ts).
 * A view reads `current` (undefined until built); the route table names the models a route needs,
 * and App calls `load` with the view's chunk.
 */
export interface Deferred<T> {
  readonly current: T | undefined
  /** True after the last build failed (its chunk could not be fetched); `load` tries again. */
  readonly failed: boolean
  /** Builds the model once; resolves with it, or undefined when the build failed. Never rejects. */
  load(): Promise<T | undefined>
}

/**
 * The public members of a model's runes class: its contract with the views. Private `#fields`
 * are not part of it, so a test fake can `implement` (or `satisfy`) it without extending the class.
 */
export type Public<T> = Pick<T, keyof T>
