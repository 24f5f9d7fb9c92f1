/**
 * A statement of the selected account as a file (bunq's customer-statement export,
 * docs/protocol.md §10.7; docs/decisions/0028): ask the bank for one over a period, download the
 * file it made (verified over its bytes like any answer) and hand it to the page to save. The
 * file itself is never kept in state, only its name and size for the status line.
 */
import type { StatementInput } from '../../bunq/endpoints/customer-statements'
import type { ActionState } from '../models/base'
import { IDLE } from '../models/base'
import {
  statementProblem,
  type StatementDownload,
  type StatementRequest,
} from '../models/statements'
import { track } from '../ui-error'
import type { Workspace } from './workspace.svelte'

function input(request: StatementRequest): StatementInput {
  const dates = { date_start: request.start, date_end: request.end }
  if (request.choice === 'MT940') return { statement_format: 'MT940', ...dates }
  const region = request.choice === 'CSV_EUROPEAN' ? 'EUROPEAN' : 'UK_US'
  return { statement_format: 'CSV', regional_format: region, ...dates }
}

export class LiveStatements {
  #state = $state<ActionState>(IDLE)
  readonly #ws: Workspace
  readonly #owner: { readonly selectedId: number | null }

  constructor(workspace: Workspace, owner: { readonly selectedId: number | null }) {
    this.#ws = workspace
    this.#owner = owner
  }

  get state() {
    return this.#state
  }

  /** Nothing of the previous context stays (the accounts model calls this on a switch). */
  clear(): void {
    this.#state = IDLE
  }

  /**
   * Creates the export, downloads its file and returns it for the page to save; null when the
   * request is refused before sending (the reason is in `state`) or the bank refused it.
   */
  async download(request: StatementRequest): Promise<StatementDownload | null> {
    const accountId = this.#owner.selectedId
    const problem = accountId === null ? 'Choose an account first.' : statementProblem(request)
    if (problem || accountId === null) {
      this.#state = { status: 'failed', message: problem, error: null }
      return null
    }
    let file: StatementDownload | null = null
    await track(
      (state) => (this.#state = state),
      async () => {
        const client = await this.#ws.client()
        const id = await client.customerStatements.create(accountId, input(request))
        const content = await client.customerStatements.content(accountId, id)
        const extension = request.choice === 'MT940' ? 'sta' : 'csv'
        file = {
          fileName: `statement-${accountId}-${request.start}-${request.end}.${extension}`,
          contentType: content.contentType,
          bytes: content.bytes,
        }
        return `Statement #${id} made: ${file.fileName} (${content.bytes.length} bytes).`
      },
    )
    return file
  }
}
