import type { Page, PageQuery } from '../pagination'
import type { Amount, RequestResponse } from '../types'
import { accountPath, type EndpointCore } from './endpoint-core'
import { getOne, listOf } from './list-call'

/**
 * Request-responses: requests others sent to this account. Accepting one executes a payment, so
 * its signature is mandatory (docs/protocol.md §6.1); the core signs every call anyway, and, being
 * a PUT, it is never re-sent by itself.
 */
export function listRequestResponses(
  core: EndpointCore,
  accountId: number,
  page?: PageQuery,
): Promise<Page<RequestResponse>> {
  return listOf(core, accountPath(core, accountId, '/request-response'), 'RequestResponse', page)
}

export function getRequestResponse(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<RequestResponse> {
  return getOne(core, accountPath(core, accountId, `/request-response/${id}`), 'RequestResponse')
}

/** Pays the request; `amount` defaults to the amount asked. */
export async function acceptRequestResponse(
  core: EndpointCore,
  accountId: number,
  id: number,
  amount?: Amount,
): Promise<void> {
  const body: Record<string, unknown> = { status: 'ACCEPTED' }
  if (amount) body.amount_responded = amount
  await core.request({
    method: 'PUT',
    path: accountPath(core, accountId, `/request-response/${id}`),
    body,
  })
}

export async function rejectRequestResponse(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<void> {
  await core.request({
    method: 'PUT',
    path: accountPath(core, accountId, `/request-response/${id}`),
    body: { status: 'REJECTED' },
  })
}
