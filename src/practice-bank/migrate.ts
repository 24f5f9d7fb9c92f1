import { emptyGenericCollections } from './generic/state-generic'
import { STATE_VERSION, type BankState } from './state'
import { withMoneyCollections, type MoneyCollections } from './state-money'

/**
 * Saved-state upgrades (docs/decisions/0021-generic-engine.md, "persistence"). Every saved bank
 * carries `version`; each step below brings version N to N+1, so a bank saved by any earlier
 * release loads after an upgrade. A record this code cannot read (not a bank, or written by a
 * newer release) is reported, never wiped: the caller keeps it untouched.
 */
export class SavedStateError extends Error {
  constructor(
    readonly reason: 'damaged' | 'newer',
    message: string,
  ) {
    super(message)
  }
}

type Saved = Record<string, unknown> & { version: number }

const STEPS: Record<number, (state: Saved) => Saved> = {
  // 1 -> 2: the generic engine's objects; the money collections (added within version 1) backfilled.
  1: (state) => ({
    ...withMoneyCollections(state as Partial<MoneyCollections>),
    ...emptyGenericCollections(),
    version: 2,
  }),
}

const REQUIRED_LISTS = ['users', 'accounts', 'apiKeys', 'installations', 'devices', 'sessions']

export function migrateState(saved: unknown): { state: BankState; from: number } {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) {
    throw new SavedStateError('damaged', 'The saved practice bank is not an object.')
  }
  const record = saved as Saved
  const from = record.version
  if (!Number.isInteger(from) || from < 1) {
    throw new SavedStateError('damaged', 'The saved practice bank has no format version.')
  }
  if (from > STATE_VERSION) {
    throw new SavedStateError(
      'newer',
      `The saved practice bank was written by a newer release (format ${from}, this one reads up to ${STATE_VERSION}).`,
    )
  }
  let state = record
  for (let v = from; v < STATE_VERSION; v++) state = STEPS[v](state)
  if (
    typeof state.serverPrivateKeyPem !== 'string' ||
    typeof state.nextId !== 'number' ||
    REQUIRED_LISTS.some((key) => !Array.isArray(state[key]))
  ) {
    throw new SavedStateError('damaged', 'The saved practice bank lacks fields every bank has.')
  }
  // Collections added within the current version (older saves of it may lack them).
  const current = withMoneyCollections(state as Partial<MoneyCollections>) as unknown as BankState
  current.generic ??= []
  return { state: current, from }
}
