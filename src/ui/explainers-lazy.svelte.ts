/**
 * The error explainers (src/ui/error-explainers.ts, the largest table in the UI), loaded on
 * demand (docs/decisions/0007): a first visit shows no error, so it does not fetch
 * them. The first error shown starts the load; until it arrives (one round trip, or none once
 * the idle prefetch or the service worker has it) the explainer shows the error's own message.
 */
import type { Explainer } from './error-explainers'

let explainFn = $state.raw<((code: string) => Explainer) | null>(null)
let pending: Promise<void> | null = null

/** Loads the table once; a failed load (offline, not cached yet) is retried on the next error. */
export function loadExplainers(): Promise<void> {
  pending ??= import('./error-explainers').then(
    (m) => {
      explainFn = m.explain
    },
    () => {
      pending = null
    },
  )
  return pending
}

/** The explainer for a code, or a plain one built from the error until the table is loaded. */
export function explainLazily(code: string, message: string): Explainer {
  if (explainFn) return explainFn(code)
  void loadExplainers()
  return { title: 'Something went wrong', what: message, fix: 'Try again.' }
}
