import { notFound } from '../bank-error'
import { payEntries, readEntries } from '../entries'
import { paginate } from '../pagination'
import { renderBatch } from '../render-money-ops'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'

/**
 * payment-batch (swagger PaymentBatch; docs/decisions/0016): up to 100 payments made together, all
 * or none. The balance must cover the total; any refused entry refuses the batch and, through the
 * pipeline's rollback, leaves no payment behind. Executes payments, so it must be signed (§6.1).
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/payment-batch'

function ownAccount(ctx: HandlerContext) {
  return ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
}

export const paymentBatchRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    signature: 'required',
    handle(ctx) {
      const { bank } = ctx
      const account = ownAccount(ctx)
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
  {
    method: 'GET',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const account = ownAccount(ctx)
      const list = ctx.bank.state.batches.filter((b) => b.accountId === account.id)
      return paginate(ctx, list, (b) => renderBatch(ctx.bank, b))
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const account = ownAccount(ctx)
      const batch = ctx.bank.state.batches.find(
        (b) => b.id === ctx.params.itemID && b.accountId === account.id,
      )
      if (!batch) throw notFound('PaymentBatch')
      return { items: [renderBatch(ctx.bank, batch)] }
    },
  },
]
