/**
 * The vault's own refusals, as BunqErrors with stable codes (src/bunq/error-codes.ts). Messages
 * say what failed and what to do, and never carry a secret or a passphrase.
 */
import { BunqError } from '../errors'

export const vaultLocked = () =>
  new BunqError('vault-locked', 'The vault is locked.', 'Unlock it to continue.')

/** A live call needs the vault open; the views send the user to the Start page for it. */
export const vaultNotOpen = () =>
  new BunqError(
    'vault-locked',
    'The vault is not open.',
    'Create or unlock your vault on the Start page first.',
  )

export const noVault = () =>
  new BunqError(
    'no-vault',
    'There is no vault in this browser yet.',
    'Create one on the Start page first.',
  )

export const vaultExists = () =>
  new BunqError(
    'vault-exists',
    'A vault already exists in this browser.',
    'Unlock it, or wipe it first.',
  )

export const contextNotFound = () =>
  new BunqError(
    'no-context',
    'That context no longer exists.',
    'It may have been deleted in another tab.',
  )

export const productionNeedsPassphrase = () =>
  new BunqError(
    'production-locked',
    'Production contexts need a passphrase-protected vault.',
    'Set a passphrase for the vault first; "this browser only" is for the practice bank and sandbox.',
  )

export const needsConfirmation = (what: string) =>
  new BunqError(
    'confirmation-required',
    `${what} needs confirmation.`,
    'Ask the user, then call again with { confirmed: true }.',
  )

/** Context names are labels: trimmed, at most 80 characters, never empty. */
export function cleanName(name: string): string {
  const trimmed = (name ?? '').trim().slice(0, 80)
  return trimmed === '' ? 'Unnamed context' : trimmed
}
