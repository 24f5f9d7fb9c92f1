import type { Bank } from '../bank'
import { notFound } from '../bank-error'
import { paginate } from '../pagination'
import { sessionOf, type HandlerContext, type Route } from '../route'

/**
 * The reads every per-account collection answers the same way (request-inquiry, request-response):
 * the caller's own account's items, newest first and paged (docs/protocol.md §10.5), and one item
 * by id, 404 when it is not on that account.
 */
export interface AccountItems<T extends { id: number; accountId: number }> {
  /** bunq's object type, named in the 404. */
  type: string
  all: (bank: Bank) => T[]
  render: (bank: Bank, item: T) => Record<string, unknown>
}

/** The item `{itemID}` of the account in the path, owned by the session's user. */
export function ownAccountItem<T extends { id: number; accountId: number }>(
  ctx: HandlerContext,
  items: AccountItems<T>,
): T {
  const acc = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
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
        const acc = ctx.bank.ownedAccount(sessionOf(ctx), ctx.params.userID, ctx.params.accountID)
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
