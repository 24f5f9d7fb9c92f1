import type { Bank } from '../bank'
import { badRequest } from '../bank-error'
import { payEntries, readEntries } from '../entries'
import { recordEvent } from '../money'
import { renderDraft } from '../render-money-ops'
import { idItem, type Route } from '../route'
import { accountItemReads, ownAccountItem, pathAccount, type AccountItems } from './account-items'
import type { DraftData } from '../state-money'

/**
 * draft-payment (swagger DraftPayment; docs/decisions/0016): payments proposed now and paid only
 * when accepted. PUT status ACCEPTED pays every entry through the ledger (signed, §6.1: it
 * executes payments) and can happen once; REJECTED and CANCELLED move nothing. A draft that is no
 * longer PENDING cannot change again, so money never moves twice.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/draft-payment'
const FINAL = ['ACCEPTED', 'REJECTED', 'CANCELLED'] as const

const DRAFTS: AccountItems<DraftData> = {
  type: 'DraftPayment',
  all: (bank) => bank.state.drafts,
  render: renderDraft,
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
      const account = pathAccount(ctx)
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
  ...accountItemReads(BASE, DRAFTS),
  {
    method: 'PUT',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    signature: (body) => body.status === 'ACCEPTED',
    handle(ctx) {
      const { bank, body } = ctx
      const draft = ownAccountItem(ctx, DRAFTS)
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
