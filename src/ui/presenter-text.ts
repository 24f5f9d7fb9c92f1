/**
 * Presenter mode for a plain text: what maskForPresenter hides (known secrets,
 * secret shapes, IBANs down to their tail), and also the short prefixes the redacted copy keeps
 * so a learner can tell two tokens apart (`sandbox_136d…`, `5cde… •••• redacted`: src/bunq/redact.ts
 * maskSecret). On a projector a prefix has no use, so only the mask shows.
 */
import { maskForPresenter } from '../transcript/mask'
import { PRESENTER_MASK } from './format'

/** maskSecret's forms: an API key's `sandbox_` + 4 characters + `…`, and `abcd… •••• redacted`. */
const REDACTION_PREFIX = /sandbox_[0-9a-zA-Z]{0,8}…|[^\s"'(]{0,4}… •••• redacted/g

/** A text as presenter mode may show it; give it the redacted text and the raw secrets known. */
export function presenterText(text: string, secrets: Iterable<string> = []): string {
  return maskForPresenter(text, secrets).replace(REDACTION_PREFIX, PRESENTER_MASK)
}
