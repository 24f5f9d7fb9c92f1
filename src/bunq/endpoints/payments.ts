import type { Page, PageQuery } from '../pagination'
import type { Amount, Payment, Pointer } from '../types'
import type { EndpointCore } from './endpoint-core'
import { accountCollection } from './account-collection'

/**
 * Payments (docs/protocol.md §10.3, §10.4). Creating one needs a signature (466 otherwise) and is
 * sent exactly once: the client never re-sends a POST by itself (docs/architecture.md, "never replay a signed POST").
 */
export interface PaymentInput {
  /** > 0 and ≤ the balance; a string with 2 decimals. */
  amount: Amount
  counterparty_alias: Pointer
  /** Required, may be empty; at most 140 characters to an external IBAN. */
  description: string
  [field: string]: unknown
}

const PAYMENTS = accountCollection<Payment>('payment', 'Payment')

export function createPayment(
  core: EndpointCore,
  accountId: number,
  input: PaymentInput,
): Promise<number> {
  return PAYMENTS.create(core, accountId, input)
}

/** Newest first; page with `result.pagination.older` (§10.5). */
export function listPayments(
  core: EndpointCore,
  accountId: number,
  page?: PageQuery,
): Promise<Page<Payment>> {
  return PAYMENTS.list(core, accountId, page)
}

export function getPayment(core: EndpointCore, accountId: number, id: number): Promise<Payment> {
  return PAYMENTS.get(core, accountId, id)
}
