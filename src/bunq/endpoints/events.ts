import type { Page, PageQuery } from '../pagination'
import type { BunqEvent } from '../types'
import { userPath, type EndpointCore } from './endpoint-core'
import { listOf } from './list-call'

export interface EventFilter {
  /** Only events of this account (`monetary_account_id`). */
  monetaryAccountId?: number
  /** e.g. 'AWAITING_REPLY' or 'FINALIZED'. */
  status?: string
}

/** GET /user/{U}/event: the activity feed, newest first, paged like every list (docs/protocol.md §10.5). */
export function listEvents(
  core: EndpointCore,
  page?: PageQuery,
  filter: EventFilter = {},
): Promise<Page<BunqEvent>> {
  return listOf(core, userPath(core, '/event'), 'Event', page, {
    monetary_account_id: filter.monetaryAccountId,
    status: filter.status,
  })
}
