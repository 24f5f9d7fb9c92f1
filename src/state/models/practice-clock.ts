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

export interface PracticeClockModel {
  readonly ready: boolean
  readonly busy: boolean
  /** How far the practice clock runs ahead of real time, in ms. */
  readonly offsetMs: number
  /** What the last action did, in one sentence. */
  readonly message: string | null
  /** Every operation the bank answers, in handler-table order. */
  readonly operations: readonly EmulatedOperation[]
  load(): Promise<void>
  /** Moves the clock forward by `ms` and runs what fell due. */
  travel(ms: number): Promise<void>
  runDueSchedules(): Promise<void>
}
