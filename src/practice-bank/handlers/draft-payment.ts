import type { Bank } from '../bank'
import { badRequest, notFound } from '../bank-error'
import { payEntries, readEntries } from '../entries'
import { recordEvent } from '../money'
import { paginate } from '../pagination'
import { renderDraft } from '../render-money-ops'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import type { DraftData } from '../state-money'

/**
 * draft-payment (swagger DraftPayment; docs/decisions/0016): payments proposed now and paid only
 * when accepted. PUT status ACCEPTED pays every entry through the ledger (signed, §6.1: it
 * executes payments) and can happen once; REJECTED and CANCELLED move nothing. A draft that is no
 * longer PENDING cannot change again, so money never moves twice.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/draft-payment'
const FINAL = ['ACCEPTED', 'REJECTED', 'CANCELLED'] as const

function ownDraft(ctx: HandlerContext): DraftData {
  const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
  const draft = ctx.bank.state.drafts.find(
    (d) => d.id === ctx.params.itemID && d.accountId === account.id,
  )
  if (!draft) throw notFound('DraftPayment')
  return draft
}

function event(bank: Bank, d: DraftData, action: 'CREATE' | 'UPDATE') {
  recordEvent(
    bank,
    {
      userId: bank.account(d.accountId).userId,
      accountId: d.accountId,
      action,
      objectType: 'DraftPayment',
      objectId: d.id,
    },
    ['DRAFT_PAYMENT'],
    action === 'CREATE' ? 'DRAFT_PAYMENT_CREATED' : `DRAFT_PAYMENT_${d.status}`,
    renderDraft(bank, d),
  )
}

export const draftPaymentRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      const account = bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const required = body.number_of_required_accepts
      if (required !== undefined && required !== 1) {
        throw badRequest('The field number_of_required_accepts must be 1 for a practice user.')
      }
      if (body.status !== undefined && body.status !== 'PENDING') {
        throw badRequest('The field status of a new draft payment can only be PENDING.')
      }
      const entries = readEntries(bank, account, body.entries, 'entries')
      const now = bank.now()
      const draft: DraftData = {
        id: bank.nextId(),
        created: now,
        updated: now,
        accountId: account.id,
        status: 'PENDING',
        entries,
        paymentIds: [],
      }
      bank.state.drafts.push(draft)
      event(bank, draft, 'CREATE')
      return { items: [idItem(draft.id)] }
    },
  },
  {
    method: 'GET',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const list = ctx.bank.state.drafts.filter((d) => d.accountId === account.id)
      return paginate(ctx, list, (d) => renderDraft(ctx.bank, d))
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({ items: [renderDraft(ctx.bank, ownDraft(ctx))] }),
  },
  {
    method: 'PUT',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    signature: (body) => body.status === 'ACCEPTED',
    handle(ctx) {
      const { bank, body } = ctx
      const draft = ownDraft(ctx)
      const status = body.status
      if (!FINAL.includes(status as (typeof FINAL)[number])) {
        throw badRequest('The field status must be ACCEPTED, REJECTED or CANCELLED.')
      }
      if (draft.status !== 'PENDING') {
        throw badRequest(`The draft payment is ${draft.status} already and cannot change.`)
      }
      if (status === 'ACCEPTED') {
        draft.paymentIds = payEntries(bank, bank.account(draft.accountId), draft.entries).map(
          (p) => p.id,
        )
      }
      draft.status = status as DraftData['status']
      draft.updated = bank.now()
      event(bank, draft, 'UPDATE')
      return { items: [idItem(draft.id)] }
    },
  },
]
