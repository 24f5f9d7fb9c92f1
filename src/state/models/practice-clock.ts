/**
 * The practice bank's clock and what it emulates, for #/practice-bank (docs/decisions/0016):
 * time travel forward, "run due schedules now", and the list of operations it answers, read from
 * its handler table.
 */
export interface EmulatedOperation {
  method: string
  /** Path below /v1 with `{name}` parameters, e.g. `/user/{userID}/monetary-account`. */
  pattern: string
}
