import { base64ToBytes, bytesToBase64 } from '../../crypto/bytes'
import { badRequest } from '../bank-error'
import type { GenericObject } from '../generic/state-generic'
import type { HandlerContext, HandlerResult } from '../route'

/**
 * An attachment upload as bunq takes it (docs/decisions/0016, "attachments"; docs/protocol.md §5):
 * the body is the file's raw bytes, never JSON; the type travels in Content-Type and the
 * description in X-Bunq-Attachment-Description. The pipeline has already checked the request
 * signature over those very bytes (§6.1). Shared by attachment-public and the monetary account's
 * attachment, which bunq documents for the same image types.
 */
export interface Upload {
  contentType: string
  description: string
  bytes: Uint8Array
}

/** bunq takes images for attachments (png, jpg, gif); the type is kept and served back. */
const IMAGE_TYPE = /^image\/[a-z0-9.+-]+$/i

function header(ctx: HandlerContext, name: string): string {
  const value = ctx.headers?.get(name)?.trim() ?? ''
  if (value === '') {
    throw badRequest(`The header ${name} is missing; send it with the attachment's bytes.`)
  }
  return value
}

/** The upload of this request, or a 400 that names the header or body at fault. */
export function readUpload(ctx: HandlerContext): Upload {
  const contentType = header(ctx, 'Content-Type')
  const description = header(ctx, 'X-Bunq-Attachment-Description')
  if (!IMAGE_TYPE.test(contentType)) {
    throw badRequest(
      `The header Content-Type must be an image type such as image/png or image/jpeg, not ${contentType}.`,
    )
  }
  const bytes = ctx.bytes ?? new Uint8Array(0)
  if (bytes.length === 0) throw badRequest('The attachment is empty; send the file as the body.')
  return { contentType: contentType.toLowerCase(), description, bytes }
}

/** The generic object an upload is kept as (decision 0021's saved list: no new saved format). */
export function uploadObject(
  ctx: HandlerContext,
  owner: number,
  collection: string,
  upload: Upload,
  uuid?: string,
): GenericObject {
  const now = ctx.bank.now()
  const object: GenericObject = {
    id: ctx.bank.nextId(),
    owner,
    collection,
    created: now,
    updated: now,
    data: { description: upload.description, content_type: upload.contentType },
    content: bytesToBase64(upload.bytes),
  }
  if (uuid) object.uuid = uuid
  ctx.bank.state.generic.push(object)
  ctx.bank.dirty = true
  return object
}

/** The stored bytes, answered raw with their type and signed over those bytes (respond.ts). */
export function contentOf(object: GenericObject): HandlerResult {
  const bytes = base64ToBytes(object.content ?? '') ?? new Uint8Array(0)
  return { items: [], raw: { bytes, contentType: String(object.data.content_type) } }
}
