/**
 * The first check of a pasted API key, before any call is made (docs/protocol.md §2): its
 * shape and environment. Kept apart from LiveOnboarding so the rule reads (and tests) on its own.
 */
import type { Environment } from '../../bunq/context'
import { BunqError } from '../../errors'

/**
 * The environment of a pasted key (docs/protocol.md §2): sandbox keys start with `sandbox_`;
 * anything else is a production key, refused until production is unlocked in Settings.
 */
export function checkApiKey(apiKey: string, productionUnlocked: boolean): Environment {
  if (apiKey === '')
    throw new BunqError('bad-api-key-or-ip', 'No API key was given.', 'Paste the whole key.')
  if (/\s/.test(apiKey))
    throw new BunqError(
      'bad-api-key-or-ip',
      'An API key has no spaces or line breaks in it.',
      'Copy the key again, in one piece.',
    )
  if (apiKey.startsWith('sandbox_')) return 'SANDBOX'
  if (!productionUnlocked)
    throw new BunqError(
      'production-locked',
      'This is not a sandbox key (sandbox keys start with "sandbox_"), and production is locked.',
      'Paste a sandbox key, or unlock production in Settings first: a production key moves real money.',
    )
  return 'PRODUCTION'
}

/**
 * A pasted key made ready to store: trimmed, its environment known, and a production key refused
 * unless the vault is passphrase-protected ("this browser only" is for practice and sandbox).
 */
export function acceptPastedKey(
  raw: string,
  productionUnlocked: boolean,
  passphraseVault: boolean,
): { apiKey: string; environment: Environment } {
  const apiKey = raw.trim()
  const environment = checkApiKey(apiKey, productionUnlocked)
  if (environment === 'PRODUCTION' && !passphraseVault)
    throw new BunqError(
      'production-locked',
      'A production key needs a passphrase-protected vault.',
      'Set a passphrase for the vault first; "this browser only" is for the practice bank and sandbox.',
    )
  return { apiKey, environment }
}
