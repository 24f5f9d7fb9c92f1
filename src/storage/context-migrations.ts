/**
 * Versions of the sealed ApiContext and the steps between them (docs/architecture.md, "stored items
 * declared once"; docs/decisions/0023). A record says which format sealed it (`format`, absent =
 * 1); opening runs every step from there to CONTEXT_FORMAT, in order, and the vault re-seals the
 * result at the next unlock (VaultService.migrateContexts), so old records are read the new way
 * without a user doing anything.
 *
 *  1  the ApiContext as first stored: no `bank`
 *  2  + `bank`: the bank that issued the API key (src/bunq/bank.ts)
 */
import { bankOf, type Environment, type TransportConfig } from '../bunq/bank'

export const CONTEXT_FORMAT = 2

/** The clear, authenticated facts of the record a sealed context came from. */
export interface RecordFacts {
  transport: TransportConfig
  environment: Environment
}

type Step = (sealed: Record<string, unknown>, facts: RecordFacts) => Record<string, unknown>

/**
 * 1 -> 2: a context belongs to the bank it was made on, which its record's transport and
 * environment say (both bound into the record's AAD, so they cannot have been edited). Contexts
 * made on the practice bank stay on the practice bank; a relay record is bunq's sandbox or
 * production by its environment (bankOf).
 */
const addBank: Step = (sealed, facts) => ({
  ...sealed,
  bank: bankOf(facts.transport, facts.environment),
})

/** STEPS[n] turns format n into format n + 1. */
const STEPS: Record<number, Step> = { 1: addBank }

/** The sealed value of a record of `format`, brought to CONTEXT_FORMAT. Newer formats pass as is. */
export function migrateSealedContext(
  sealed: Record<string, unknown>,
  format: number,
  facts: RecordFacts,
): Record<string, unknown> {
  let value = sealed
  for (let version = format; version < CONTEXT_FORMAT; version++) {
    const step = STEPS[version]
    if (step) value = step(value, facts)
  }
  return value
}
