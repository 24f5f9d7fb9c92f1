/**
 * The practice transport: the in-page practice bank, loaded on first use with a dynamic import so
 * it is its own chunk and stays out of the first-load bundle. One bank per page: every transport
 * made for 'practice' shares it, so switching settings never forks the practice world.
 */
import type { Platform } from '../platform/platform'

/** The part of src/practice-bank's `PracticeBank` the transport needs. */
export interface PracticeBankLike {
  handle(request: Request): Promise<Response>
  ready: Promise<void>
}

export type PracticeBankLoader = (platform: Platform) => Promise<PracticeBankLike>

let shared: Promise<PracticeBankLike> | null = null

/** The page's practice bank, created (and its stored state loaded) on the first call. */
export const loadPracticeBank: PracticeBankLoader = (platform) => {
  shared ??= import('../practice-bank').then(async ({ createPracticeBank }) => {
    const bank = createPracticeBank({ platform })
    await bank.ready
    return bank
  })
  shared.catch(() => (shared = null)) // a failed chunk load may be retried
  return shared
}
