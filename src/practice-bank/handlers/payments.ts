import { accountSide, readMoneyOrder, transfer } from '../money'
import { renderPayment } from '../render-money'
import { idItem, type Route } from '../route'
import type { PaymentData } from '../state'
import { accountItemReads, pathAccount, type AccountItems } from './account-items'

/**
 * payment: create (signature mandatory, docs/protocol.md §6.1, §10.3), list with paging (§10.4, §10.5), get.
 * Only practice users (and Sugar Daddy) can be paid: the sandbox has no external transfers.
 */
const BASE = '/user/{userID}/monetary-account/{accountID}/payment'

const PAYMENTS: AccountItems<PaymentData> = {
  type: 'Payment',
  all: (bank) => bank.state.payments,
  render: renderPayment,
}

export const paymentRoutes: Route[] = [
  {
    method: 'POST',
    pattern: BASE,
    auth: 'session',
    signature: 'required',
    handle(ctx) {
      const { bank, body } = ctx
      const account = pathAccount(ctx)
      const { cents, counterparty, description } = readMoneyOrder(bank, body, account, 'amount')
      const from = accountSide(account)
      const payment = transfer(bank, from, counterparty, cents, description, 'PAYMENT')
      return { items: [idItem(payment.id)] }
    },
  },
  ...accountItemReads(BASE, PAYMENTS),
]
