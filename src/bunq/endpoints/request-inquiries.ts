import type { PageQuery, Page } from '../pagination'
import type { Amount, Pointer, RequestInquiry } from '../types'
import type { EndpointCore } from './endpoint-core'
import { accountCollection } from './account-collection'

/**
 * Request-inquiries: asking someone for money (docs/protocol.md §10.2). Sandbox money comes from a
 * request to sugardaddy@bunq.com (≤ €500 is accepted automatically).
 */
export interface RequestInquiryInput {
  amount_inquired: Amount
  counterparty_alias: Pointer
  description: string
  allow_bunqme: boolean
  [field: string]: unknown
}

export const SUGAR_DADDY: Pointer = {
  type: 'EMAIL',
  value: 'sugardaddy@bunq.com',
  name: 'Sugar Daddy',
}

/** The request-inquiry body that asks Sugar Daddy for sandbox money (§10.2). */
export function sugarDaddyRequest(value: string, currency = 'EUR'): RequestInquiryInput {
  return {
    amount_inquired: { value, currency },
    counterparty_alias: SUGAR_DADDY,
    description: 'Sandbox money for the workbench',
    allow_bunqme: false,
  }
}

const INQUIRIES = accountCollection<RequestInquiry>('request-inquiry', 'RequestInquiry')

export function createRequestInquiry(
  core: EndpointCore,
  accountId: number,
  input: RequestInquiryInput,
): Promise<number> {
  return INQUIRIES.create(core, accountId, input)
}

export function listRequestInquiries(
  core: EndpointCore,
  accountId: number,
  page?: PageQuery,
): Promise<Page<RequestInquiry>> {
  return INQUIRIES.list(core, accountId, page)
}

export function getRequestInquiry(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<RequestInquiry> {
  return INQUIRIES.get(core, accountId, id)
}

/** A PUT with status REVOKED cancels a pending request (§10.2). */
export function revokeRequestInquiry(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<void> {
  return INQUIRIES.update(core, accountId, id, { status: 'REVOKED' })
}
