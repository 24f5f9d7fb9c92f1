/**
 * A snippet copied from the in-page practice bank points at practice.bunq.invalid, a host that
 * exists only inside the page (src/practice-bank; `.invalid` never resolves, RFC 2606). The note
 * says so and how to replay the call: the same bank as a local server, or bunq's sandbox.
 */
import { PRACTICE_BASE_URL, SANDBOX_BASE_URL } from '../bunq/context'

const PRACTICE_HOST = new URL(PRACTICE_BASE_URL).host

/** The local practice bank's base URL in the note (`npm run practice-bank -- --port 5055`). */
export const LOCAL_PRACTICE_BASE_URL = 'http://127.0.0.1:5055/v1'

/** True when the request goes to the in-page practice bank. */
export function isPracticeUrl(url: string): boolean {
  try {
    return new URL(url).host === PRACTICE_HOST
  } catch {
    return false
  }
}

/** The one-line note (without comment marker), or null for any other host. */
export function practiceNote(url: string): string | null {
  if (!isPracticeUrl(url)) return null
  return (
    `${PRACTICE_HOST} is the in-page practice bank (an emulator, no real host): to replay, run ` +
    `\`npm run practice-bank -- --port 5055\` and use ${LOCAL_PRACTICE_BASE_URL}, ` +
    `or ${SANDBOX_BASE_URL} for the real sandbox (each with its own tokens).`
  )
}

/**
 * The Python note: bunq's SDK only talks to the environment in bunq.conf (sandbox or production),
 * so a practice call replays through the other snippets, or this one with a sandbox context.
 */
export function practiceNoteForSdk(url: string): string | null {
  if (!isPracticeUrl(url)) return null
  return (
    `This call went to ${PRACTICE_HOST}, the in-page practice bank (an emulator): the SDK reaches ` +
    `only bunq, so use a sandbox context's bunq.conf, or replay with the curl/TypeScript snippet ` +
    `against \`npm run practice-bank -- --port 5055\` (${LOCAL_PRACTICE_BASE_URL}).`
  )
}
