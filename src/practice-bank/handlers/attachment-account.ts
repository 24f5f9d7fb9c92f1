import { notFound } from '../bank-error'
import type { GenericObject } from '../generic/state-generic'
import { idItem, sessionOf, type HandlerContext, type Route } from '../route'
import { contentOf, readUpload, uploadObject } from './upload'

/**
 * The monetary account's attachment (docs/decisions/0016, "attachments"): the file a note on a
 * payment refers to. Uploaded like attachment-public (raw bytes, Content-Type and
 * X-Bunq-Attachment-Description; upload.ts), but private to the account's user and named by an
 * integer id, as bunq answers it ({"Id": {"id": …}}). `…/attachment/{id}/content` serves the very
 * bytes, signed over them.
 *
 * Kept as a generic object under the account's concrete collection path, the key the generic
 * engine used before this handler existed (decision 0021), so nothing saved earlier is lost.
 */
const ACCOUNT = '/user/{userID}/monetary-account/{accountID}'
const COLLECTION = /^\/user\/(\d+)\/monetary-account\/(\d+)\/attachment$/

function collectionOf(userId: number, accountId: number): string {
  return `/user/${userId}/monetary-account/${accountId}/attachment`
}

/**
 * An attachment the user uploaded to any of their monetary accounts, or null; the account it was
 * uploaded to comes with it (a note shows it as monetary_account_id).
 */
export function findAccountAttachment(
  ctx: HandlerContext,
  userId: number,
  id: number,
): { object: GenericObject; accountId: number } | null {
  for (const object of ctx.bank.state.generic) {
    if (object.id !== id || object.owner !== userId) continue
    const match = COLLECTION.exec(object.collection)
    if (match && Number(match[1]) === userId) return { object, accountId: Number(match[2]) }
  }
  return null
}

export const accountAttachmentRoutes: Route[] = [
  {
    method: 'POST',
    pattern: `${ACCOUNT}/attachment`,
    auth: 'session',
    body: 'ignore',
    handle(ctx) {
      const session = sessionOf(ctx)
      const account = ctx.bank.ownedAccount(session, ctx.params.userID, ctx.params.accountID)
      const upload = readUpload(ctx)
      const object = uploadObject(
        ctx,
        session.userId,
        collectionOf(account.userId, account.id),
        upload,
      )
      return { items: [idItem(object.id)] }
    },
  },
  {
    method: 'GET',
    pattern: `${ACCOUNT}/attachment/{attachmentID}/content`,
    auth: 'session',
    handle(ctx) {
      const session = sessionOf(ctx)
      const account = ctx.bank.ownedAccount(session, ctx.params.userID, ctx.params.accountID)
      const found = findAccountAttachment(ctx, session.userId, ctx.params.attachmentID)
      if (!found || found.accountId !== account.id) throw notFound('AttachmentMonetaryAccount')
      return contentOf(found.object)
    },
  },
]
