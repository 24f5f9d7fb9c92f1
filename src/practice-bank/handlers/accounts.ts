import { badRequest, notFound } from '../bank-error'
import { createAccount } from '../create-user'
import { paginate } from '../pagination'
import { renderAccount } from '../render-money'
import { idItem, sessionOf, type Route } from '../route'

/**
 * monetary-account and monetary-account-bank: list, get, create (docs/protocol.md §10.1). The
 * generic monetary-account list wraps each item by its kind; every practice account is a
 * MonetaryAccountBank. A user may hold at most 25 accounts.
 */
const MAX_ACCOUNTS = 25

const list: Route['handle'] = (ctx) => {
  ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
  // monetary-account lists every kind; monetary-account-bank only bank accounts (not savings).
  const onlyBank = ctx.path.includes('/monetary-account-bank')
  // Oldest first: SDKs take the first ACTIVE account as primary (docs/decisions/0015).
  return paginate(
    ctx,
    ctx.bank.accountsOf(ctx.params.userID).filter((a) => !onlyBank || a.kind !== 'savings'),
    (a) => renderAccount(ctx.bank, a),
    'oldest-first',
  )
}

const get: Route['handle'] = (ctx) => {
  const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
  if (ctx.path.includes('/monetary-account-bank/') && account.kind === 'savings') {
    throw notFound('MonetaryAccountBank')
  }
  return { items: [renderAccount(ctx.bank, account)] }
}

export const accountRoutes: Route[] = [
  { method: 'GET', pattern: '/user/{userID}/monetary-account', auth: 'session', handle: list },
  { method: 'GET', pattern: '/user/{userID}/monetary-account-bank', auth: 'session', handle: list },
  {
    method: 'GET',
    pattern: '/user/{userID}/monetary-account/{accountID}',
    auth: 'session',
    handle: get,
  },
  {
    method: 'GET',
    pattern: '/user/{userID}/monetary-account-bank/{accountID}',
    auth: 'session',
    handle: get,
  },
  {
    method: 'POST',
    pattern: '/user/{userID}/monetary-account-bank',
    auth: 'session',
    handle(ctx) {
      const bank = ctx.bank
      bank.ownUser(sessionOf(ctx), ctx.params.userID)
      const { currency = 'EUR', description } = ctx.body
      if (currency !== 'EUR') throw badRequest('The practice bank only opens EUR accounts.')
      if (description !== undefined && typeof description !== 'string') {
        throw badRequest('The field description must be a string.')
      }
      if (bank.accountsOf(ctx.params.userID).length >= MAX_ACCOUNTS) {
        throw badRequest(`A user can have at most ${MAX_ACCOUNTS} monetary accounts.`)
      }
      const account = createAccount(bank, ctx.params.userID, description || 'bunq account')
      return { items: [idItem(account.id)] }
    },
  },
]
