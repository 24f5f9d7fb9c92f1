import { payEntries, readEntries } from '../entries'
import { renderBatch } from '../render-money-ops'
import { idItem, type Route } from '../route'
import type { BatchData } from '../state-money'
import { accountItemReads, pathAccount, type AccountItems } from './account-items'

/**
 * payment-batch (swagger PaymentBatch; docs/decisions/0016): up to 100 payments made together, all
 * or none. The balance must cover the total; any refused entry refuses the batch and, through the
 * pipeline's rollback, leaves no payment behind. Executes payments, so it must be signed (§6.1).
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/payment-batch'

const BATCHES: AccountItems<BatchData> = {
  type: 'PaymentBatch',
  all: (bank) => bank.state.batches,
  render: renderBatch,
}

export const paymentBatchRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    signature: 'required',
    handle(ctx) {
      const { bank } = ctx
      const account = pathAccount(ctx)
      const entries = readEntries(bank, account, ctx.body.payments, 'payments')
      const id = bank.nextId()
      const made = payEntries(bank, account, entries, { batchId: id })
      bank.state.batches.push({
        id,
        created: bank.now(),
        accountId: account.id,
        paymentIds: made.map((p) => p.id),
      })
      return { items: [idItem(id)] }
    },
  },
  ...accountItemReads(BASE, BATCHES),
]
