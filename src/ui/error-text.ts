/**
 * Whether an error's own message only repeats its explainer (QA: cards said the same thing
 * twice, e.g. "Wrong passphrase … That passphrase does not decrypt this vault. The passphrase is
 * wrong."). A message is shown under the explainer only when it adds a word of its own.
 */
import type { Explainer } from './error-explainers'

// Words that carry no meaning of their own when comparing two sentences.
const FILLER = new Set(
  'a an the is are was were be been this that it its of to in on for and or not no do does did'.split(
    ' ',
  ),
)

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_-]+/u)
    .filter((word) => word !== '' && !FILLER.has(word))
}

/** True when every meaningful word of `message` is already in the explainer's title or text. */
export function repeatsExplainer(message: string | undefined, entry: Explainer): boolean {
  if (!message) return true
  const known = new Set(words(`${entry.title} ${entry.what}`))
  return words(message).every((word) => known.has(word))
}
