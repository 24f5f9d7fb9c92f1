import { badRequest } from '../bank-error'
import { bunqTime } from '../format'
import { label } from '../render-money'
import { idItem, type HandlerContext, type Route } from '../route'
import type { NoteData } from '../state-money'
import { ownNote, ownPayment, paymentNoteRoutes, type PaymentNotes } from './payment-notes'

/**
 * note-text on a payment (swagger NoteTextPayment; docs/decisions/0016): a short text the account's
 * user writes on one of its payments, listed, read, changed and deleted there.
 */
const NOTES = '/user/{userID}/monetary-account/{accountID}/payment/{paymentID}/note-text'

function renderNote(ctx: HandlerContext, n: NoteData) {
  const accountId = ctx.bank.state.payments.find((p) => p.id === n.paymentId)!.accountId
  return {
    NoteText: {
      id: n.id,
      created: bunqTime(n.created),
      updated: bunqTime(n.updated),
      label_user_creator: label(ctx.bank, accountId, null).label_user,
      content: n.content,
    },
  }
}

function readContent(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '')
    throw badRequest('The field content is required.')
  if (raw.length > 9000) throw badRequest('The field content is too long.')
  return raw
}

const NOTE_TEXTS: PaymentNotes<NoteData> = {
  type: 'NoteText',
  on: (ctx, paymentId) => ctx.bank.state.notes.filter((n) => n.paymentId === paymentId),
  render: renderNote,
  drop(ctx, note) {
    ctx.bank.state.notes = ctx.bank.state.notes.filter((n) => n !== note)
  },
}

export const noteTextRoutes: Route[] = [
  {
    method: 'POST',
    pattern: NOTES,
    auth: 'session',
    handle(ctx) {
      const payment = ownPayment(ctx)
      const now = ctx.bank.now()
      const note = {
        id: ctx.bank.nextId(),
        created: now,
        updated: now,
        paymentId: payment.id,
        userId: ctx.params.userID,
        content: readContent(ctx.body.content),
      }
      ctx.bank.state.notes.push(note)
      return { items: [idItem(note.id)] }
    },
  },
  ...paymentNoteRoutes(NOTES, NOTE_TEXTS),
  {
    method: 'PUT',
    pattern: `${NOTES}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const note = ownNote(ctx, NOTE_TEXTS)
      Object.assign(note, { content: readContent(ctx.body.content), updated: ctx.bank.now() })
      ctx.bank.dirty = true
      return { items: [idItem(note.id)] }
    },
  },
]
