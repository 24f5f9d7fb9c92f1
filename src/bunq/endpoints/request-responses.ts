import type { Page, PageQuery } from '../pagination'
import type { Amount, RequestResponse } from '../types'
import type { EndpointCore } from './endpoint-core'
import { accountCollection } from './account-collection'

/**
 * Request-responses: requests others sent to this account. Accepting one executes a payment, so
 * its signature is mandatory (docs/protocol.md §6.1); the core signs every call anyway, and, being
 * a PUT, it is never re-sent by itself.
 */
const RESPONSES = accountCollection<RequestResponse>('request-response', 'RequestResponse')

export function listRequestResponses(
  core: EndpointCore,
  accountId: number,
  page?: PageQuery,
): Promise<Page<RequestResponse>> {
  return RESPONSES.list(core, accountId, page)
}

export function getRequestResponse(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<RequestResponse> {
  return RESPONSES.get(core, accountId, id)
}

/** Pays the request; `amount` defaults to the amount asked. */
export function acceptRequestResponse(
  core: EndpointCore,
  accountId: number,
  id: number,
  amount?: Amount,
): Promise<void> {
  const body: Record<string, unknown> = { status: 'ACCEPTED' }
  if (amount) body.amount_responded = amount
  return RESPONSES.update(core, accountId, id, body)
}

export function rejectRequestResponse(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<void> {
  return RESPONSES.update(core, accountId, id, { status: 'REJECTED' })
}
