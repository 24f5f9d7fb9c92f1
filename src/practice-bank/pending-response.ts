import type { Bank } from './bank'
import { recordEvent } from './money'
import { renderResponse } from './render-requests'
import type { AccountData, InquiryData, ResponseData } from './state'

/**
 * A request to another practice user puts a PENDING RequestResponse on the payer's account
 * (docs/protocol.md §10.2), whether it comes from request-inquiry or from paying a bunq.me tab
 * (bunqme.ts). The payer answers it with PUT request-response; the event tells their callbacks.
 */
export function pendingResponse(
  bank: Bank,
  q: InquiryData,
  payer: AccountData,
  now: number,
): ResponseData {
  const r: ResponseData = {
    id: bank.nextId(),
    created: now,
    updated: now,
    accountId: payer.id,
    inquiryId: q.id,
    status: 'PENDING',
    timeResponded: null,
  }
  q.responseId = r.id
  bank.state.responses.push(r)
  recordEvent(
    bank,
    {
      userId: payer.userId,
      accountId: payer.id,
      action: 'CREATE',
      objectType: 'RequestResponse',
      objectId: r.id,
    },
    ['REQUEST'],
    'REQUEST_RESPONSE_CREATED',
    renderResponse(bank, r),
  )
  return r
}
