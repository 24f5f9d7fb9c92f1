import { createdId, firstOf } from '../envelope'
import { MalformedResponseError } from '../errors'
import type { Page, PageQuery } from '../pagination'
import type { BunqUpload } from '../pipeline'
import { accountPath, type EndpointCore } from './endpoint-core'
import { getOne, listOf } from './list-call'

/**
 * Attachments and the notes that point at them (bunq's spec: AttachmentPublic, Avatar,
 * AttachmentMonetaryAccount, NoteAttachmentPayment). Uploads send the file's raw bytes, signed
 * over those bytes, with Content-Type and X-Bunq-Attachment-Description (docs/protocol.md §5,
 * §6.1); a file's `content` comes back as bytes, verified over them before it is handed out
 * (§6.2). A public attachment is named by UUID, an account's attachment by id.
 */
export interface AttachmentPublic {
  uuid: string
  created: string
  updated: string
  attachment: { description: string; content_type: string }
}

export interface FileContent {
  bytes: Uint8Array
  contentType: string
}

export interface NoteAttachment {
  id: number
  created: string
  updated: string
  description?: string
  attachment: { id: number; monetary_account_id: number }[]
  [field: string]: unknown
}

export interface NoteAttachmentInput {
  attachment_id: number
  description?: string
}

function uuidOf(envelope: Parameters<typeof firstOf>[0]): string {
  const uuid = firstOf<{ uuid?: unknown }>(envelope, 'Uuid').uuid
  if (typeof uuid !== 'string') throw new MalformedResponseError('Uuid.uuid is not a string')
  return uuid
}

async function content(core: EndpointCore, path: string): Promise<FileContent> {
  const response = await core.request({ method: 'GET', path, answer: 'bytes' })
  return {
    bytes: response.bytes,
    contentType: response.headers.get('Content-Type') ?? 'application/octet-stream',
  }
}

export async function uploadPublicAttachment(core: EndpointCore, file: BunqUpload) {
  return uuidOf(
    (await core.request({ method: 'POST', path: '/attachment-public', upload: file })).envelope,
  )
}

export function getPublicAttachment(core: EndpointCore, uuid: string): Promise<AttachmentPublic> {
  return getOne(core, `/attachment-public/${encodeURIComponent(uuid)}`, 'AttachmentPublic')
}

export function publicAttachmentContent(core: EndpointCore, uuid: string): Promise<FileContent> {
  return content(core, `/attachment-public/${encodeURIComponent(uuid)}/content`)
}

/** An avatar showing a public attachment the user uploaded; answers the avatar's UUID. */
export async function createAvatar(core: EndpointCore, attachmentPublicUuid: string) {
  const body = { attachment_public_uuid: attachmentPublicUuid }
  return uuidOf((await core.request({ method: 'POST', path: '/avatar', body })).envelope)
}

export async function uploadAccountAttachment(
  core: EndpointCore,
  accountId: number,
  file: BunqUpload,
): Promise<number> {
  const path = accountPath(core, accountId, '/attachment')
  return createdId((await core.request({ method: 'POST', path, upload: file })).envelope)
}

export function accountAttachmentContent(
  core: EndpointCore,
  accountId: number,
  id: number,
): Promise<FileContent> {
  return content(core, accountPath(core, accountId, `/attachment/${id}/content`))
}

const notes = (core: EndpointCore, accountId: number, paymentId: number, rest = '') =>
  accountPath(core, accountId, `/payment/${paymentId}/note-attachment${rest}`)

export async function createNoteAttachment(
  core: EndpointCore,
  accountId: number,
  paymentId: number,
  input: NoteAttachmentInput,
): Promise<number> {
  const path = notes(core, accountId, paymentId)
  return createdId((await core.request({ method: 'POST', path, body: input })).envelope)
}

/** Newest first; page with `result.pagination.older` (docs/protocol.md §10.5). */
export function listNoteAttachments(
  core: EndpointCore,
  accountId: number,
  paymentId: number,
  page?: PageQuery,
): Promise<Page<NoteAttachment>> {
  return listOf(core, notes(core, accountId, paymentId), 'NoteAttachment', page)
}

export function getNoteAttachment(
  core: EndpointCore,
  accountId: number,
  paymentId: number,
  id: number,
): Promise<NoteAttachment> {
  return getOne(core, notes(core, accountId, paymentId, `/${id}`), 'NoteAttachment')
}

/** A partial update: only the fields given change. */
export async function updateNoteAttachment(
  core: EndpointCore,
  accountId: number,
  paymentId: number,
  id: number,
  change: Partial<NoteAttachmentInput>,
): Promise<void> {
  await core.request({
    method: 'PUT',
    path: notes(core, accountId, paymentId, `/${id}`),
    body: change,
  })
}

export async function deleteNoteAttachment(
  core: EndpointCore,
  accountId: number,
  paymentId: number,
  id: number,
): Promise<void> {
  await core.request({ method: 'DELETE', path: notes(core, accountId, paymentId, `/${id}`) })
}
