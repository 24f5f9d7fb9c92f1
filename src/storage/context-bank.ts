import { environmentOf } from '../bunq/bank'
import type { ApiContext } from '../bunq/context'
import { BunqError } from '../errors'

/**
 * bunq's sandbox and production are told apart by the environment when reached through a relay
 * (bank.ts `bankOf`), so a bunq context's environment must be its bank's: a PRODUCTION bunq.conf
 * is never stored as a sandbox context, nor the reverse.
 */
export function assertBankAgrees(context: ApiContext): void {
  const bunq = context.bank.kind === 'bunq-sandbox' || context.bank.kind === 'bunq-production'
  if (bunq && context.environment !== environmentOf(context.bank))
    throw new BunqError(
      'wrong-bank',
      `This context is for bunq ${context.environment.toLowerCase()}, not for the bank chosen.`,
      'Choose the bank that issued its API key in Settings, then add it again.',
    )
}
