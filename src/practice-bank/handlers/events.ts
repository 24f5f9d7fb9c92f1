import type { Bank } from '../bank'
import { badRequest } from '../bank-error'
import { bunqTime } from '../format'
import { paginate } from '../pagination'
import { renderPayment } from '../render-money'
import { renderDraft, renderTab } from '../render-money-ops'
import { renderInquiry, renderResponse } from '../render-requests'
import { sessionOf, type Route } from '../route'
import type { EventData } from '../state'

/**
 * GET /user/{userID}/event (swagger EventListing): what happened to the user's objects, newest
 * first, paged like every list (docs/protocol.md §10.5); `monetary_account_id` narrows it to one account.
 * user_id and monetary_account_id are strings, as swagger types them.
 */
function objectOf(bank: Bank, e: EventData): Record<string, unknown> {
  if (e.objectType === 'Payment') {
    return renderPayment(
      bank,
      bank.state.payments.find((p) => p.id === e.objectId)!,
    )
  }
  if (e.objectType === 'RequestInquiry') {
    return renderInquiry(
      bank,
      bank.state.inquiries.find((q) => q.id === e.objectId)!,
    )
  }
  if (e.objectType === 'DraftPayment') {
    return renderDraft(
      bank,
      bank.state.drafts.find((d) => d.id === e.objectId)!,
    )
  }
  if (e.objectType === 'BunqMeTab') {
    return renderTab(
      bank,
      bank.state.tabs.find((t) => t.id === e.objectId)!,
    )
  }
  return renderResponse(
    bank,
    bank.state.responses.find((r) => r.id === e.objectId)!,
  )
}

export const eventRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/user/{userID}/event',
    auth: 'session',
    handle(ctx) {
      const { bank } = ctx
      bank.ownUser(sessionOf(ctx), ctx.params.userID)
      const accountFilter = ctx.query.get('monetary_account_id')
      if (accountFilter !== null && !/^\d+$/.test(accountFilter)) {
        throw badRequest('The parameter monetary_account_id must be an id.')
      }
      const events = bank.state.events.filter(
        (e) =>
          e.userId === ctx.params.userID &&
          (accountFilter === null || e.accountId === Number(accountFilter)),
      )
      return paginate(ctx, events, (e) => ({
        Event: {
          id: e.id,
          created: bunqTime(e.created),
          updated: bunqTime(e.created),
          action: e.action,
          user_id: String(e.userId),
          monetary_account_id: e.accountId === null ? null : String(e.accountId),
          object: objectOf(bank, e),
          status: 'FINALIZED',
        },
      }))
    },
  },
]
