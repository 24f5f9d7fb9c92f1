import { notFound } from '../bank-error'
import type { HandlerContext, Route } from '../route'
import { pathAccount } from './account-items'
import { ownedItemReads, ownItem, type OwnedItems } from './owned-items'

/**
 * The notes on a payment (note-text.ts, note-attachment.ts; docs/decisions/0016) are listed, read
 * and deleted alike: only on a payment of the caller's account (bunq's 404 naming Payment
 * otherwise), newest first and paged (docs/protocol.md §10.5), one by id with a 404 naming the
 * note's type when it is not on that payment. Each kind keeps its notes in its own place.
 */
export interface PaymentNotes<T extends { id: number }> {
  /** bunq's object type, named in the 404. */
  type: string
  /** The notes on payment `paymentId`. */
  on: (ctx: HandlerContext, paymentId: number) => T[]
  render: (ctx: HandlerContext, note: T) => Record<string, unknown>
  /** Takes the note out of the bank's state. */
  drop: (ctx: HandlerContext, note: T) => void
}

/** The payment the path names on an account of the caller, or bunq's 404. */
export function ownPayment(ctx: HandlerContext) {
  const account = pathAccount(ctx)
  const payment = ctx.bank.state.payments.find(
    (p) => p.id === ctx.params.paymentID && p.accountId === account.id,
  )
  if (!payment) throw notFound('Payment')
  return payment
}

function onPathPayment<T extends { id: number }>(notes: PaymentNotes<T>): OwnedItems<T> {
  return {
    type: notes.type,
    under: (ctx) => notes.on(ctx, ownPayment(ctx).id),
    render: notes.render,
  }
}

/** The note `{itemID}` on the payment in the path. */
export function ownNote<T extends { id: number }>(ctx: HandlerContext, notes: PaymentNotes<T>): T {
  return ownItem(ctx, onPathPayment(notes))
}

/** GET `pattern` (the list), GET `pattern/{itemID}` and DELETE `pattern/{itemID}`. */
export function paymentNoteRoutes<T extends { id: number }>(
  pattern: string,
  notes: PaymentNotes<T>,
): Route[] {
  const remove: Route = {
    method: 'DELETE',
    pattern: `${pattern}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      notes.drop(ctx, ownNote(ctx, notes))
      ctx.bank.dirty = true
      return { items: [] }
    },
  }
  return [...ownedItemReads(pattern, onPathPayment(notes)), remove]
}
