/** A statement of the selected account as a file (docs/protocol.md §10.7; docs/decisions/0028). */
export type StatementChoice = 'CSV_UK_US' | 'CSV_EUROPEAN' | 'MT940'

export interface StatementRequest {
  choice: StatementChoice
  /** `YYYY-MM-DD`, inclusive. */
  start: string
  end: string
}

export interface StatementDownload {
  fileName: string
  contentType: string
  bytes: Uint8Array
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * What is wrong with a request before it is sent, in words that say what to do; null when it can
 * be sent. The form shows it and the model refuses on it, so both say the same.
 */
export function statementProblem(request: StatementRequest): string | null {
  if (!DATE.test(request.start)) return 'Choose the first day of the statement.'
  if (!DATE.test(request.end)) return 'Choose the last day of the statement.'
  if (request.end < request.start)
    return 'The last day is before the first day: choose a later last day.'
  return null
}
