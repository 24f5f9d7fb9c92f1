import { notFound } from '../bank-error'
import { paginate } from '../pagination'
import type { HandlerContext, Route } from '../route'

/**
 * A collection under something the caller owns (an account: account-items.ts; a payment:
 * payment-notes.ts; the user: user-items.ts) is read the same way: the list, newest first and
 * paged (docs/protocol.md §10.5), and one item by id, bunq's 404 naming the item's type when it is
 * not under that owner.
 */
export interface OwnedItems<T extends { id: number }> {
  /** bunq's object type, named in the 404. */
  type: string
  /** The items under the owner the path names; refuses (404) an owner that is not the caller's. */
  under: (ctx: HandlerContext) => T[]
  render: (ctx: HandlerContext, item: T) => Record<string, unknown>
}

/** The item `{itemID}` under the path's owner; `id` where the path names the item otherwise. */
export function ownItem<T extends { id: number }>(
  ctx: HandlerContext,
  items: OwnedItems<T>,
  id = ctx.params.itemID,
): T {
  const item = items.under(ctx).find((i) => i.id === id)
  if (!item) throw notFound(items.type)
  return item
}

/** GET `pattern` (the list) and GET `pattern/{itemID}` (one item). */
export function ownedItemReads<T extends { id: number }>(
  pattern: string,
  items: OwnedItems<T>,
): Route[] {
  return [
    {
      method: 'GET',
      pattern,
      auth: 'session',
      handle: (ctx) => paginate(ctx, items.under(ctx), (i) => items.render(ctx, i)),
    },
    {
      method: 'GET',
      pattern: `${pattern}/{itemID}`,
      auth: 'session',
      handle: (ctx) => ({ items: [items.render(ctx, ownItem(ctx, items))] }),
    },
  ]
}
