import type { Bank } from '../bank'
import { notFound } from '../bank-error'
import { paginate } from '../pagination'
import { sessionOf, type HandlerContext, type Route } from '../route'
import type { AccountData } from '../state'

/**
 * The reads every per-account collection answers the same way (request-inquiry, request-response,
 * bunqme-tab, draft-payment):
 * the caller's own account's items, newest first and paged (docs/protocol.md §10.5), and one item
 * by id, 404 when it is not on that account.
 */
export interface AccountItems<T extends { id: number; accountId: number }> {
  /** bunq's object type, named in the 404. */
  type: string
  all: (bank: Bank) => T[]
  render: (bank: Bank, item: T) => Record<string, unknown>
}

/** The account `{accountID}` of the path, owned by the session's user (404 otherwise). */
export function pathAccount(ctx: HandlerContext): AccountData {
  return ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
}

/** The item `{itemID}` of the account in the path, owned by the session's user. */
export function ownAccountItem<T extends { id: number; accountId: number }>(
  ctx: HandlerContext,
  items: AccountItems<T>,
): T {
  const acc = pathAccount(ctx)
  const item = items.all(ctx.bank).find((i) => i.id === ctx.params.itemID && i.accountId === acc.id)
  if (!item) throw notFound(items.type)
  return item
}

/** GET `pattern` (the list) and GET `pattern/{itemID}` (one item). */
export function accountItemReads<T extends { id: number; accountId: number }>(
  pattern: string,
  items: AccountItems<T>,
): Route[] {
  return [
    {
      method: 'GET',
      pattern,
      auth: 'session',
      handle(ctx) {
        const acc = pathAccount(ctx)
        const list = items.all(ctx.bank).filter((i) => i.accountId === acc.id)
        return paginate(ctx, list, (i) => items.render(ctx.bank, i))
      },
    },
    {
      method: 'GET',
      pattern: `${pattern}/{itemID}`,
      auth: 'session',
      handle: (ctx) => ({ items: [items.render(ctx.bank, ownAccountItem(ctx, items))] }),
    },
  ]
}
