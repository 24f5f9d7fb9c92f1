import { badRequest } from '../bank-error'
import { readAmount, recordEvent, transfer } from '../money'
import { renderResponse } from '../render-requests'
import type { Route } from '../route'
import type { ResponseData } from '../state'
import { accountItemReads, ownAccountItem, type AccountItems } from './account-items'
import { inquiryAnswered } from './request-inquiry'
import { tabPaid } from '../bunqme'

/**
 * request-response (docs/protocol.md §10.2): the payer's side of a request from another practice
 * user. ACCEPTED is a signed call that executes the payment (§6.1); REJECTED needs no signature.
 */
const RESPONSE = '/user/{userID}/monetary-account/{accountID}/request-response'

const RESPONSES: AccountItems<ResponseData> = {
  type: 'RequestResponse',
  all: (bank) => bank.state.responses,
  render: renderResponse,
}

export const responseRoutes: Route[] = [
  ...accountItemReads(RESPONSE, RESPONSES),
  {
    // Accepting executes a payment, so it must be signed (§6.1); rejecting need not be.
    method: 'PUT',
    pattern: `${RESPONSE}/{itemID}`,
    auth: 'session',
    signature: (body) => body.status === 'ACCEPTED',
    handle(ctx) {
      const { bank, body } = ctx
      const r = ownAccountItem(ctx, RESPONSES)
      const q = bank.state.inquiries.find((i) => i.id === r.inquiryId)!
      if (body.status !== 'ACCEPTED' && body.status !== 'REJECTED') {
        throw badRequest('The status must be ACCEPTED or REJECTED.')
      }
      if (r.status !== 'PENDING') throw badRequest(`The request is ${r.status} already.`)
      const payer = bank.account(r.accountId)
      if (body.status === 'ACCEPTED') {
        if (body.amount_responded !== undefined) {
          const cents = readAmount(bank, body.amount_responded, payer.currency, 'amount_responded')
          if (cents !== q.amount)
            throw badRequest('The amount_responded must equal the amount requested.')
        }
        const payee = bank.account(q.accountId)
        const before = bank.state.payments.length
        transfer(
          bank,
          { accountId: payer.id, pointer: { type: 'IBAN', value: payer.iban, name: '' } },
          { accountId: payee.id, pointer: { type: 'IBAN', value: payee.iban, name: '' } },
          q.amount,
          q.description,
          'REQUEST',
        )
        q.amountResponded = q.amount
        // A request from a bunq.me tab: the payee's copy joins the tab (bunqme.ts).
        tabPaid(
          bank,
          q,
          bank.state.payments.slice(before).find((p) => p.accountId === payee.id),
        )
      }
      const now = bank.now()
      Object.assign(r, { status: body.status, updated: now, timeResponded: now })
      Object.assign(q, { status: body.status, updated: now, timeResponded: now })
      recordEvent(
        bank,
        {
          userId: payer.userId,
          accountId: payer.id,
          action: 'UPDATE',
          objectType: 'RequestResponse',
          objectId: r.id,
        },
        ['REQUEST'],
        `REQUEST_RESPONSE_${r.status}`,
        renderResponse(bank, r),
      )
      inquiryAnswered(bank, q)
      return { items: [renderResponse(bank, r)] }
    },
  },
]
