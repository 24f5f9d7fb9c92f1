/**
 * Storage failures as BunqErrors. IndexedDB reports a full disk as a DOMException named
 * 'QuotaExceededError' (from the request or from the aborted transaction); both become
 * 'quota-exceeded'. The transaction is aborted, so the previous state stays as it was.
 */
import { BunqError } from '../errors'

export class QuotaExceededError extends BunqError {
  constructor(cause?: unknown) {
    super(
      'quota-exceeded',
      'The browser has no room left to save this; nothing was changed.',
      'Free some space: clear the history, delete unused contexts, or allow this site more storage.',
      { cause },
    )
  }
}

export class StorageUnavailableError extends BunqError {
  constructor(cause?: unknown) {
    super(
      'storage-unavailable',
      'This browser does not let the page keep data (IndexedDB cannot be opened).',
      'The workbench runs in memory only: nothing will be kept after this tab closes.',
      { cause },
    )
  }
}

export function isQuotaError(error: unknown): boolean {
  if (error instanceof QuotaExceededError) return true
  const name = (error as { name?: unknown } | null)?.name
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** Runs a write; a quota failure becomes QuotaExceededError, anything else passes through. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (isQuotaError(error)) throw new QuotaExceededError(error)
    throw error
  }
}
