import { describe, expect, it } from 'vitest'
import { createMemoryStore, type BankStore } from '../../src/practice-bank'
import { faces } from './support/faces'
import { IMAGE, imageBytes, signBytes, upload } from './support/upload'

// attachment-public: raw bytes in, the same bytes out (docs/decisions/0016, "attachments").

async function storedCount(store: BankStore): Promise<number> {
  const state = await store.load()
  return state?.generic.filter((o) => o.collection === '/attachment-public').length ?? 0
}

describe.each(faces(0))('attachment-public (%s)', (_name, face) => {
  it('stores the raw bytes and serves them back byte for byte, signed over those bytes', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const bytes = imageBytes()
    const created = await upload(c, f.fetch, bytes, IMAGE)
    expect(created.status).toBe(200)
    expect(created.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')
    const uuid = created.json.Response[0].Uuid.uuid
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/)

    const read = await c.ok('GET', `/attachment-public/${uuid}`)
    const object = read.json.Response[0].AttachmentPublic
    expect(object.uuid).toBe(uuid)
    expect(object.attachment).toMatchObject({
      description: 'A practice avatar',
      content_type: 'image/png',
    })

    // c.ok verifies X-Bunq-Server-Signature with node:crypto over the raw answer bytes.
    const content = await c.ok('GET', `/attachment-public/${uuid}/content`)
    expect(content.headers.get('Content-Type')).toBe('image/png')
    expect(content.signatureOk).toBe(true)
    expect(Buffer.compare(content.raw, bytes)).toBe(0)

    // Public: another practice user reads it too (avatars are shown to others).
    const d = await f.client().bootstrap()
    const again = await d.ok('GET', `/attachment-public/${uuid}/content`)
    expect(Buffer.compare(again.raw, bytes)).toBe(0)
  })

  it('checks the request signature over the raw bytes, not a text decoding', async () => {
    const store = createMemoryStore()
    const f = await face({ enforceSignature: 'all-bodies' }, store)
    const c = await f.client().bootstrap()
    const bytes = imageBytes()
    const asText = signBytes(c, Buffer.from(bytes.toString('utf8'), 'utf8'))
    const wrong = await upload(c, f.fetch, bytes, IMAGE, asText)
    expect(wrong.status).toBe(400)
    const unsigned = await upload(c, f.fetch, bytes, IMAGE, null)
    expect(unsigned.status).toBe(466)
    const right = await upload(c, f.fetch, bytes, IMAGE)
    expect(right.status).toBe(200)
    expect(await storedCount(store)).toBe(1)
  })

  it('refuses a missing header or a type that is not an image, naming it, and stores nothing', async () => {
    const store = createMemoryStore()
    const f = await face({}, store)
    const c = await f.client().bootstrap()
    const bytes = imageBytes()
    const noDescription = await upload(c, f.fetch, bytes, { 'Content-Type': 'image/png' })
    expect(noDescription.status).toBe(400)
    expect(noDescription.json.Error[0].error_description).toContain('X-Bunq-Attachment-Description')
    const noType = await upload(c, f.fetch, bytes, {
      'Content-Type': '',
      'X-Bunq-Attachment-Description': 'x',
    })
    expect(noType.status).toBe(400)
    expect(noType.json.Error[0].error_description).toContain('Content-Type')
    const text = await upload(c, f.fetch, bytes, {
      'Content-Type': 'text/plain',
      'X-Bunq-Attachment-Description': 'x',
    })
    expect(text.status).toBe(400)
    expect(text.json.Error[0].error_description).toContain('image')
    expect(await storedCount(store)).toBe(0)
  })

  it('answers 404 for a UUID that names nothing and for a non-UUID segment', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const missing = await c.call('GET', `/attachment-public/${crypto.randomUUID()}/content`)
    expect(missing.status).toBe(404)
    expect(missing.json.Error[0].error_description).toBe('AttachmentPublic not found.')
    const notUuid = await c.call('GET', '/attachment-public/not-a-uuid')
    expect(notUuid.status).toBe(404)
  })

  it('makes an avatar from an uploaded attachment and reads the image back', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const created = await upload(c, f.fetch, imageBytes(), {
      'Content-Type': 'image/jpeg',
      'X-Bunq-Attachment-Description': 'face',
    })
    const attachment = created.json.Response[0].Uuid.uuid
    const made = await c.ok('POST', '/avatar', { body: { attachment_public_uuid: attachment } })
    expect(made.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')
    const uuid = made.json.Response[0].Uuid.uuid
    const read = await c.ok('GET', `/avatar/${uuid}`)
    expect(read.json.Response[0].Avatar).toEqual({
      uuid,
      image: [{ attachment_public_uuid: attachment, content_type: 'image/jpeg' }],
    })
    const none = await c.call('POST', '/avatar', {
      body: { attachment_public_uuid: crypto.randomUUID() },
    })
    expect([none.status, none.json.Error[0].error_description]).toEqual([
      404,
      'AttachmentPublic not found.',
    ])
    const missing = await c.call('POST', '/avatar', { body: {} })
    expect(missing.status).toBe(400)
    expect(missing.json.Error[0].error_description).toContain('attachment_public_uuid')
  })
})
