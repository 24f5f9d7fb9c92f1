import { createdId } from '../envelope'
import { MalformedResponseError } from '../errors'
import { pageQuery, type Page, type PageQuery } from '../pagination'
import type { MonetaryAccount, TypedMonetaryAccount } from '../types'
import { userPath, type EndpointCore } from './endpoint-core'

/**
 * Monetary accounts (docs/protocol.md §10.1). The generic `/monetary-account` wraps each item by
 * its kind (MonetaryAccountBank, MonetaryAccountSavings, …), so the kind is kept next to the data.
 */
export async function listMonetaryAccounts(
  core: EndpointCore,
  page?: PageQuery,
): Promise<Page<TypedMonetaryAccount>> {
  const { envelope } = await core.request({
    method: 'GET',
    path: userPath(core, '/monetary-account'),
    query: pageQuery(page),
  })
  const items = envelope.items.map((item) => ({
    type: item.type,
    account: item.value as MonetaryAccount,
  }))
  return { items, pagination: envelope.pagination }
}

export async function getMonetaryAccount(
  core: EndpointCore,
  accountId: number,
): Promise<TypedMonetaryAccount> {
  const { envelope } = await core.request({
    method: 'GET',
    path: userPath(core, `/monetary-account/${accountId}`),
  })
  const item = envelope.items[0]
  if (!item) throw new MalformedResponseError('the account response is empty')
  return { type: item.type, account: item.value as MonetaryAccount }
}

export interface CreateAccountInput {
  currency: string
  description: string
  [field: string]: unknown
}

/** POST /user/{U}/monetary-account-bank; returns the new account's id. */
export async function createMonetaryAccount(
  core: EndpointCore,
  input: CreateAccountInput,
): Promise<number> {
  const { envelope } = await core.request({
    method: 'POST',
    path: userPath(core, '/monetary-account-bank'),
    body: input,
  })
  return createdId(envelope)
}

/** The first ACTIVE account, as the SDK examples and the tinker demo pick it (§10.1). */
export async function primaryAccount(core: EndpointCore): Promise<TypedMonetaryAccount> {
  const { items } = await listMonetaryAccounts(core, { count: 200 })
  const active = items.find((a) => a.account.status === 'ACTIVE')
  if (!active) throw new MalformedResponseError('this user has no ACTIVE monetary account')
  return active
}
