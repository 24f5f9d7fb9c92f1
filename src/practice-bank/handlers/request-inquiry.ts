import type { Bank } from '../bank'
import { badRequest } from '../bank-error'
import { accountSide, readMoneyOrder, recordEvent, transfer } from '../money'
import { renderInquiry } from '../render-requests'
import { pendingResponse } from '../pending-response'
import { idItem, type HandlerContext, type Route } from '../route'
import { accountItemReads, ownAccountItem, pathAccount, type AccountItems } from './account-items'
import type { InquiryData } from '../state'

/**
 * request-inquiry and request-response (docs/protocol.md §10.2). Sugar Daddy pays requests up to
 * 500.00 EUR after `sugarDaddyDelayMs` and rejects larger ones; a request to another practice user
 * becomes a RequestResponse on their account, which they ACCEPT (a signed call that executes the
 * payment, §6.1) or REJECT. The requester revokes a pending request with PUT status REVOKED.
 */
const INQUIRY = '/user/{userID}/monetary-account/{accountID}/request-inquiry'
const SUGAR_DADDY_LIMIT = 50000

function answerBySugarDaddy(bank: Bank, inquiryId: number): void {
  const q = bank.state.inquiries.find((i) => i.id === inquiryId)
  if (!q || q.status !== 'PENDING') return
  const now = bank.now()
  Object.assign(q, { updated: now, timeResponded: now })
  if (q.amount > SUGAR_DADDY_LIMIT) q.status = 'REJECTED'
  else {
    const sugarDaddy = { accountId: null, pointer: q.counterpartyPointer! }
    const to = accountSide(bank.account(q.accountId))
    transfer(bank, sugarDaddy, to, q.amount, q.description, 'REQUEST')
    Object.assign(q, { status: 'ACCEPTED', amountResponded: q.amount })
  }
  inquiryAnswered(bank, q)
  bank.dirty = true
}

/** Tells the requester's callbacks that a request was answered (REQUEST_INQUIRY_<status>). */
export function inquiryAnswered(bank: Bank, q: InquiryData): void {
  recordEvent(
    bank,
    {
      userId: bank.account(q.accountId).userId,
      accountId: q.accountId,
      action: 'UPDATE',
      objectType: 'RequestInquiry',
      objectId: q.id,
    },
    ['REQUEST'],
    `REQUEST_INQUIRY_${q.status}`,
    renderInquiry(bank, q),
  )
}

const INQUIRIES: AccountItems<InquiryData> = {
  type: 'RequestInquiry',
  all: (bank) => bank.state.inquiries,
  render: renderInquiry,
}

const ownInquiry = (ctx: HandlerContext): InquiryData => ownAccountItem(ctx, INQUIRIES)

export const inquiryRoutes: Route[] = [
  {
    method: 'POST',
    pattern: INQUIRY,
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const acc = pathAccount(ctx)
      const order = readMoneyOrder(bank, body, acc, 'amount_inquired')
      const { cents, counterparty: other, description } = order
      if (other.accountId === acc.id) {
        throw badRequest('A request to the same account is not possible.')
      }
      const now = bank.now()
      const q: InquiryData = {
        id: bank.nextId(),
        created: now,
        updated: now,
        accountId: acc.id,
        amount: cents,
        amountResponded: null,
        description,
        status: 'PENDING',
        counterpartyAccountId: other.accountId,
        counterpartyPointer: other.accountId === null ? other.pointer : null,
        responseId: null,
        timeResponded: null,
        allowBunqme: body.allow_bunqme === true,
      }
      bank.state.inquiries.push(q)
      recordEvent(
        bank,
        {
          userId: acc.userId,
          accountId: acc.id,
          action: 'CREATE',
          objectType: 'RequestInquiry',
          objectId: q.id,
        },
        ['REQUEST'],
        'REQUEST_INQUIRY_CREATED',
        renderInquiry(bank, q),
      )
      if (other.accountId === null) {
        const delay = bank.options.sugarDaddyDelayMs
        if (delay <= 0) answerBySugarDaddy(bank, q.id)
        else bank.defer(delay, () => answerBySugarDaddy(bank, q.id))
      } else {
        pendingResponse(bank, q, bank.account(other.accountId), now)
      }
      return { items: [idItem(q.id)] }
    },
  },
  ...accountItemReads(INQUIRY, INQUIRIES),
  {
    method: 'PUT',
    pattern: `${INQUIRY}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const q = ownInquiry(ctx)
      if (ctx.body.status !== 'REVOKED')
        throw badRequest('Only status REVOKED can be set on a request.')
      if (q.status !== 'PENDING')
        throw badRequest(`The request is ${q.status} and cannot be revoked.`)
      const now = ctx.bank.now()
      Object.assign(q, { status: 'REVOKED', updated: now })
      const r = ctx.bank.state.responses.find((x) => x.id === q.responseId)
      if (r) Object.assign(r, { status: 'REVOKED', updated: now })
      ctx.bank.dirty = true
      return { items: [renderInquiry(ctx.bank, q)] }
    },
  },
]
