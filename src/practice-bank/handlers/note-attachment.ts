import { badRequest } from '../bank-error'
import { bunqTime } from '../format'
import type { GenericObject } from '../generic/state-generic'
import { label } from '../render-money'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import { findAccountAttachment } from './attachment-account'
import { ownNote, ownPayment, paymentNoteRoutes, type PaymentNotes } from './payment-notes'

/**
 * note-attachment on a payment (docs/decisions/0016, "attachments"; swagger NoteAttachmentPayment):
 * a note that points at a file uploaded to the user's monetary-account `attachment` endpoint,
 * with an optional description. Create, list (newest first, paged), read, update (partial:
 * description and/or attachment_id) and delete. bunq wraps the object as `NoteAttachment` (the
 * SDKs' object type). A payment the path names that is not the caller's is bunq's 404; an
 * attachment_id that names no attachment of the caller is a 400 naming the field.
 *
 * Kept as generic objects under the note list's concrete path (decision 0021's saved list), the
 * key the generic engine used before, so no new saved format is needed.
 */
const NOTES = '/user/{userID}/monetary-account/{accountID}/payment/{paymentID}/note-attachment'

function notesPath(ctx: HandlerContext, paymentId: number): string {
  return `/user/${ctx.params.userID}/monetary-account/${ctx.params.accountID}/payment/${paymentId}/note-attachment`
}

function readAttachment(ctx: HandlerContext, raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw <= 0) {
    throw badRequest('The field attachment_id must be the id of an uploaded attachment.')
  }
  if (!findAccountAttachment(ctx, sessionOf(ctx).userId, raw)) {
    throw badRequest(
      `The field attachment_id names no attachment of yours (${raw}); upload the file to /user/{userID}/monetary-account/{monetary-accountID}/attachment first and send the id it answers.`,
    )
  }
  return raw
}

function readDescription(raw: unknown): string | undefined {
  if (raw === undefined) return undefined
  if (typeof raw !== 'string') throw badRequest('The field description must be text.')
  if (raw.length > 9000) throw badRequest('The field description is too long.')
  return raw
}

function render(ctx: HandlerContext, note: GenericObject) {
  const attachmentId = Number(note.data.attachment_id)
  const found = findAccountAttachment(ctx, note.owner, attachmentId)
  const out: Record<string, unknown> = {
    id: note.id,
    created: bunqTime(note.created),
    updated: bunqTime(note.updated),
    label_user_creator: label(ctx.bank, ctx.params.accountID, null).label_user,
    attachment: [
      { id: attachmentId, monetary_account_id: found?.accountId ?? ctx.params.accountID },
    ],
  }
  if (typeof note.data.description === 'string') out.description = note.data.description
  return { NoteAttachment: out }
}

const NOTE_ATTACHMENTS: PaymentNotes<GenericObject> = {
  type: 'NoteAttachment',
  on: (ctx, paymentId) =>
    ctx.bank.state.generic.filter((o) => o.collection === notesPath(ctx, paymentId)),
  render,
  drop(ctx, note) {
    ctx.bank.state.generic = ctx.bank.state.generic.filter((o) => o !== note)
  },
}

export const noteAttachmentRoutes: Route[] = [
  {
    method: 'POST',
    pattern: NOTES,
    auth: 'session',
    handle(ctx) {
      const payment = ownPayment(ctx)
      const attachmentId = readAttachment(ctx, ctx.body.attachment_id)
      const description = readDescription(ctx.body.description)
      const now = ctx.bank.now()
      const note: GenericObject = {
        id: ctx.bank.nextId(),
        owner: sessionOf(ctx).userId,
        collection: notesPath(ctx, payment.id),
        created: now,
        updated: now,
        data:
          description === undefined
            ? { attachment_id: attachmentId }
            : { attachment_id: attachmentId, description },
      }
      ctx.bank.state.generic.push(note)
      ctx.bank.dirty = true
      return { items: [idItem(note.id)] }
    },
  },
  ...paymentNoteRoutes(NOTES, NOTE_ATTACHMENTS),
  {
    method: 'PUT',
    pattern: `${NOTES}/{itemID}`,
    auth: 'session',
    handle(ctx) {
      const note = ownNote(ctx, NOTE_ATTACHMENTS)
      const data = { ...note.data }
      if (ctx.body.attachment_id !== undefined)
        data.attachment_id = readAttachment(ctx, ctx.body.attachment_id)
      const description = readDescription(ctx.body.description)
      if (description !== undefined) data.description = description
      Object.assign(note, { data, updated: ctx.bank.now() })
      ctx.bank.dirty = true
      return { items: [idItem(note.id)] }
    },
  },
]
