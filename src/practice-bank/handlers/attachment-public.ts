import { bunqTime } from '../format'
import { notFound } from '../bank-error'
import type { GenericObject } from '../generic/state-generic'
import { sessionOf, type HandlerContext, type Route } from '../route'
import { contentOf, readUpload, uploadObject } from './upload'

/**
 * attachment-public (docs/decisions/0016, "attachments"): the body is the file's raw bytes, not
 * JSON; its type and description travel in the Content-Type and X-Bunq-Attachment-Description
 * headers (docs/protocol.md §5). The signature covers those raw bytes (§6), which the pipeline
 * checks before this runs. bunq names the object by UUID and lets any user read it (avatars are
 * shown to others), so reads are not limited to the uploader.
 *
 * Stored as a generic object under `/attachment-public` (decision 0021's saved list), so no new
 * saved-state format is needed and the bytes persist with the bank.
 */
const COLLECTION = '/attachment-public'
const ITEM = '/attachment-public/{attachment-publicUUID}'

function uuidOf(ctx: HandlerContext): string {
  return ctx.path.split('/')[2] ?? ''
}

/** The attachment a UUID names, or bunq's 404. */
export function findAttachmentPublic(ctx: HandlerContext, uuid: string): GenericObject {
  const found = ctx.bank.state.generic.find((o) => o.collection === COLLECTION && o.uuid === uuid)
  if (!found) throw notFound('AttachmentPublic')
  return found
}

export const attachmentPublicRoutes: Route[] = [
  {
    method: 'POST',
    pattern: COLLECTION,
    auth: 'session',
    body: 'ignore',
    handle(ctx) {
      const upload = readUpload(ctx)
      const object = uploadObject(ctx, sessionOf(ctx).userId, COLLECTION, upload, ctx.bank.uuid())
      return { items: [{ Uuid: { uuid: object.uuid } }] }
    },
  },
  {
    method: 'GET',
    pattern: ITEM,
    auth: 'session',
    handle(ctx) {
      const object = findAttachmentPublic(ctx, uuidOf(ctx))
      return {
        items: [
          {
            AttachmentPublic: {
              uuid: object.uuid,
              created: bunqTime(object.created),
              updated: bunqTime(object.updated),
              attachment: {
                description: object.data.description,
                content_type: object.data.content_type,
                urls: [],
              },
            },
          },
        ],
      }
    },
  },
  {
    method: 'GET',
    pattern: `${ITEM}/content`,
    auth: 'session',
    handle(ctx) {
      return contentOf(findAttachmentPublic(ctx, uuidOf(ctx)))
    },
  },
]
