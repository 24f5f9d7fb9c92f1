import type { Bank } from '../bank'
import { sessionOf, type HandlerContext, type Route } from '../route'
import type { AccountData } from '../state'
import { ownedItemReads, ownItem, type OwnedItems } from './owned-items'

/**
 * The collections under one account (payment, request-inquiry, request-response, bunqme-tab,
 * draft-payment, payment-batch, customer-statement) are read the same way (owned-items.ts): the
 * caller's own account's items, newest first and paged (docs/protocol.md §10.5), and one item by
 * id, 404 when it is not on that account.
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

function onPathAccount<T extends { id: number; accountId: number }>(
  items: AccountItems<T>,
): OwnedItems<T> {
  return {
    type: items.type,
    under(ctx) {
      const acc = pathAccount(ctx)
      return items.all(ctx.bank).filter((i) => i.accountId === acc.id)
    },
    render: (ctx, item) => items.render(ctx.bank, item),
  }
}

/**
 * The item `{itemID}` of the account in the path, owned by the session's user; `id` where the
 * path names the item otherwise (`…/customer-statement/{statementID}/content`).
 */
export function ownAccountItem<T extends { id: number; accountId: number }>(
  ctx: HandlerContext,
  items: AccountItems<T>,
  id = ctx.params.itemID,
): T {
  return ownItem(ctx, onPathAccount(items), id)
}

/** GET `pattern` (the list) and GET `pattern/{itemID}` (one item). */
export function accountItemReads<T extends { id: number; accountId: number }>(
  pattern: string,
  items: AccountItems<T>,
): Route[] {
  return ownedItemReads(pattern, onPathAccount(items))
}
