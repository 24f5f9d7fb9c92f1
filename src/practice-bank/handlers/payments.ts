import { paginate } from '../pagination'
import { readAmount, readDescription, resolvePointer, transfer } from '../money'
import { renderPayment } from '../render-money'
import { notFound } from '../bank-error'
import { idItem, sessionOf, type Route } from '../route'

/**
 * payment: create (signature mandatory, docs/protocol.md §6.1, §10.3), list with paging (§10.4, §10.5), get.
 * Only practice users (and Sugar Daddy) can be paid: the sandbox has no external transfers.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/payment'

export const paymentRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    signature: 'required',
    handle(ctx) {
      const { bank, body } = ctx
      const account = bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const cents = readAmount(bank, body.amount, account.currency, 'amount')
      const to = resolvePointer(bank, body.counterparty_alias)
      const description = readDescription(body)
      const from = {
        accountId: account.id,
        pointer: { type: 'IBAN' as const, value: account.iban, name: '' },
      }
      const payment = transfer(bank, from, to, cents, description, 'PAYMENT')
      return { items: [idItem(payment.id)] }
    },
  },
  {
    method: 'GET',
    pattern: BASE,
    auth: 'session',
    handle(ctx) {
      const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const payments = ctx.bank.state.payments.filter((p) => p.accountId === account.id)
      return paginate(ctx, payments, (p) => renderPayment(ctx.bank, p))
    },
  },
  {
    method: 'GET',
    pattern: `${BASE}/{paymentID}`,
    auth: 'session',
    handle(ctx) {
      const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
      const payment = ctx.bank.state.payments.find(
        (p) => p.id === ctx.params.paymentID && p.accountId === account.id,
      )
      if (!payment) throw notFound('Payment')
      return { items: [renderPayment(ctx.bank, payment)] }
    },
  },
]
