import { base64ToBytes, bytesToBase64 } from '../../crypto/bytes'
import { bunqTime } from '../format'
import { badRequest, notFound } from '../bank-error'
import type { GenericObject } from '../generic/state-generic'
import { sessionOf, type HandlerContext, type Route } from '../route'

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

/** bunq accepts images for public attachments (avatars); the type is kept and served back. */
const IMAGE_TYPE = /^image\/[a-z0-9.+-]+$/i

function header(ctx: HandlerContext, name: string): string {
  const value = ctx.headers?.get(name)?.trim() ?? ''
  if (value === '') {
    throw badRequest(`The header ${name} is missing; send it with the attachment's bytes.`)
  }
  return value
}

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
      const session = sessionOf(ctx)
      const contentType = header(ctx, 'Content-Type')
      const description = header(ctx, 'X-Bunq-Attachment-Description')
      if (!IMAGE_TYPE.test(contentType)) {
        throw badRequest(
          `The header Content-Type must be an image type such as image/png or image/jpeg, not ${contentType}.`,
        )
      }
      const bytes = ctx.bytes ?? new Uint8Array(0)
      if (bytes.length === 0)
        throw badRequest('The attachment is empty; send the file as the body.')
      const now = ctx.bank.now()
      const object: GenericObject = {
        id: ctx.bank.nextId(),
        uuid: ctx.bank.uuid(),
        owner: session.userId,
        collection: COLLECTION,
        created: now,
        updated: now,
        data: { description, content_type: contentType.toLowerCase() },
        content: bytesToBase64(bytes),
      }
      ctx.bank.state.generic.push(object)
      ctx.bank.dirty = true
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
      const object = findAttachmentPublic(ctx, uuidOf(ctx))
      const bytes = base64ToBytes(object.content ?? '') ?? new Uint8Array(0)
      return { items: [], raw: { bytes, contentType: String(object.data.content_type) } }
    },
  },
]
