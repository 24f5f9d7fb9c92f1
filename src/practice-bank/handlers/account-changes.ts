import type { Bank } from '../bank'
import { badRequest, notFound } from '../bank-error'
import { createAccount } from '../create-user'
import { readAmount } from '../money'
import { paginate } from '../pagination'
import { renderAccount } from '../render-money'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import type { AccountData } from '../state'

/**
 * monetary-account-savings create/list/get/update and monetary-account-bank update and close
 * (swagger MonetaryAccountSavings, MonetaryAccountBank; docs/decisions/0016). Closing is a PUT
 * with status CANCELLED, sub_status REDEMPTION_VOLUNTARY and reason OTHER, refused while the
 * balance is not 0.00: money is never lost by closing an account.
 */
const MAX_ACCOUNTS = 25
const MAX_DAILY_LIMIT = 1000000
const SAVINGS = '/user/{userID}/monetary-account-savings'

function ownAccount(ctx: HandlerContext, kind: 'bank' | 'savings'): AccountData {
  const account = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.itemID)
  if ((account.kind ?? 'bank') !== kind) {
    throw notFound(kind === 'savings' ? 'MonetaryAccountSavings' : 'MonetaryAccountBank')
  }
  return account
}

function readDescription(raw: unknown): string | undefined {
  if (raw === undefined) return undefined
  if (typeof raw !== 'string' || raw.trim() === '' || raw.length > 140) {
    throw badRequest('The field description must be a text of 1 to 140 characters.')
  }
  return raw
}

/** Applies a PUT body to an account; shared by both kinds. */
function update(bank: Bank, account: AccountData, body: Record<string, unknown>): void {
  const description = readDescription(body.description)
  if (body.daily_limit !== undefined) {
    const cents = readAmount(bank, body.daily_limit, account.currency, 'daily_limit')
    if (cents > MAX_DAILY_LIMIT) throw badRequest('The field daily_limit can be at most 10000.00.')
    account.dailyLimit = cents
  }
  if (body.savings_goal !== undefined) {
    if (account.kind !== 'savings')
      throw badRequest('The field savings_goal is for savings accounts.')
    account.savingsGoal = readAmount(bank, body.savings_goal, account.currency, 'savings_goal')
  }
  if (description !== undefined) account.description = description
  if (body.status !== undefined && body.status !== account.status) close(account, body)
  account.updated = bank.now()
  bank.dirty = true
}

function close(account: AccountData, body: Record<string, unknown>): void {
  if (body.status !== 'CANCELLED') {
    throw badRequest('The field status can only be set to CANCELLED (closing the account).')
  }
  if (body.sub_status !== 'REDEMPTION_VOLUNTARY') {
    throw badRequest('The field sub_status must be REDEMPTION_VOLUNTARY to close an account.')
  }
  if (body.reason !== undefined && body.reason !== 'OTHER') {
    throw badRequest('The field reason can only be OTHER.')
  }
  if (account.balance !== 0) {
    throw badRequest(
      'The balance must be 0.00 before the account can be closed: move the money first.',
    )
  }
  account.status = 'CANCELLED'
  account.subStatus = 'REDEMPTION_VOLUNTARY'
}

export const accountChangeRoutes: Route[] = [
  {
    method: 'PUT',
    pattern: '/user/{userID}/monetary-account-bank/{itemID}',
    auth: 'session',
    handle(ctx) {
      const account = ownAccount(ctx, 'bank')
      update(ctx.bank, account, ctx.body)
      return { items: [idItem(account.id)] }
    },
  },
  {
    method: 'POST',
    pattern: SAVINGS,
    auth: 'session',
    handle(ctx) {
      const { bank, body } = ctx
      bank.ownUser(sessionOf(ctx), ctx.params.userID)
      if ((body.currency ?? 'EUR') !== 'EUR') throw badRequest('The field currency must be EUR.')
      const description = readDescription(body.description) ?? 'Savings'
      if (bank.accountsOf(ctx.params.userID).length >= MAX_ACCOUNTS) {
        throw badRequest(`A user can have at most ${MAX_ACCOUNTS} monetary accounts.`)
      }
      const goal =
        body.savings_goal === undefined
          ? null
          : readAmount(bank, body.savings_goal, 'EUR', 'savings_goal')
      const account = createAccount(bank, ctx.params.userID, description)
      Object.assign(account, { kind: 'savings', savingsGoal: goal })
      return { items: [idItem(account.id)] }
    },
  },
  {
    method: 'GET',
    pattern: SAVINGS,
    auth: 'session',
    handle(ctx) {
      ctx.bank.ownUser(sessionOf(ctx), ctx.params.userID)
      const list = ctx.bank.accountsOf(ctx.params.userID).filter((a) => a.kind === 'savings')
      return paginate(ctx, list, (a) => renderAccount(ctx.bank, a), 'oldest-first')
    },
  },
  {
    method: 'GET',
    pattern: `${SAVINGS}/{itemID}`,
    auth: 'session',
    handle: (ctx) => ({ items: [renderAccount(ctx.bank, ownAccount(ctx, 'savings'))] }),
  },
  {
    method: 'PUT',
    pattern: `${SAVINGS}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const account = ownAccount(ctx, 'savings')
      update(ctx.bank, account, ctx.body)
      return { items: [idItem(account.id)] }
    },
  },
]
