import type { PageQuery } from '../pagination'
import type { BunqUpload } from '../pipeline'
import * as a from './attachments'
import type { EndpointCore } from './endpoint-core'

/** The attachment endpoints of a BunqClient, bound to one core (client-endpoints.ts). */
export function bindAttachmentEndpoints(core: EndpointCore) {
  return {
    publicAttachments: {
      upload: (file: BunqUpload) => a.uploadPublicAttachment(core, file),
      get: (uuid: string) => a.getPublicAttachment(core, uuid),
      content: (uuid: string) => a.publicAttachmentContent(core, uuid),
    },
    avatars: {
      create: (attachmentPublicUuid: string) => a.createAvatar(core, attachmentPublicUuid),
    },
    accountAttachments: {
      upload: (accountId: number, file: BunqUpload) =>
        a.uploadAccountAttachment(core, accountId, file),
      content: (accountId: number, id: number) => a.accountAttachmentContent(core, accountId, id),
    },
    noteAttachments: {
      create: (accountId: number, paymentId: number, input: a.NoteAttachmentInput) =>
        a.createNoteAttachment(core, accountId, paymentId, input),
      list: (accountId: number, paymentId: number, page?: PageQuery) =>
        a.listNoteAttachments(core, accountId, paymentId, page),
      get: (accountId: number, paymentId: number, id: number) =>
        a.getNoteAttachment(core, accountId, paymentId, id),
      update: (
        accountId: number,
        paymentId: number,
        id: number,
        change: Partial<a.NoteAttachmentInput>,
      ) => a.updateNoteAttachment(core, accountId, paymentId, id, change),
      delete: (accountId: number, paymentId: number, id: number) =>
        a.deleteNoteAttachment(core, accountId, paymentId, id),
    },
  }
}
