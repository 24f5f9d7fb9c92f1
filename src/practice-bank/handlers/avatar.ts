import { badRequest, notFound } from '../bank-error'
import type { GenericObject } from '../generic/state-generic'
import { sessionOf, type Route } from '../route'
import { findAttachmentPublic } from './attachment-public'

/**
 * avatar (docs/decisions/0016, "attachments"): made from an attachment-public the caller uploaded,
 * named by UUID, read back with the image it shows. The SDKs send the attachment's UUID as
 * `attachment_public_uuid`. Stored as a generic object under `/avatar` (decision 0021's list).
 */
const COLLECTION = '/avatar'

export const avatarRoutes: Route[] = [
  {
    method: 'POST',
    pattern: COLLECTION,
    auth: 'session',
    handle(ctx) {
      const session = sessionOf(ctx)
      const ref = ctx.body.attachment_public_uuid
      if (typeof ref !== 'string' || ref === '') {
        throw badRequest(
          'attachment_public_uuid is missing: upload the image to attachment-public first and send its uuid.',
        )
      }
      const attachment = findAttachmentPublic(ctx, ref)
      const now = ctx.bank.now()
      const object: GenericObject = {
        id: ctx.bank.nextId(),
        uuid: ctx.bank.uuid(),
        owner: session.userId,
        collection: COLLECTION,
        created: now,
        updated: now,
        data: { attachment_public_uuid: attachment.uuid },
      }
      ctx.bank.state.generic.push(object)
      ctx.bank.dirty = true
      return { items: [{ Uuid: { uuid: object.uuid } }] }
    },
  },
  {
    method: 'GET',
    pattern: `${COLLECTION}/{avatarUUID}`,
    auth: 'session',
    handle(ctx) {
      const uuid = ctx.path.split('/')[2]
      const avatar = ctx.bank.state.generic.find(
        (o) => o.collection === COLLECTION && o.uuid === uuid,
      )
      if (!avatar) throw notFound('Avatar')
      const attachment = findAttachmentPublic(ctx, String(avatar.data.attachment_public_uuid))
      return {
        items: [
          {
            Avatar: {
              uuid: avatar.uuid,
              image: [
                {
                  attachment_public_uuid: attachment.uuid,
                  content_type: attachment.data.content_type,
                },
              ],
            },
          },
        ],
      }
    },
  },
]
