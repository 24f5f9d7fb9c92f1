import { describe, expect, it } from 'vitest'
import { createMemoryStore, type BankStore } from '../../src/practice-bank'
import type { TestClient } from './support/client'
import { faces, type FaceFactory } from './support/faces'
import { accountPath, emailOf, topUp, total } from './support/ledger'
import { IMAGE, imageBytes, upload } from './support/upload'

// The monetary account's attachment and note-attachment on a payment, both faces
// (docs/decisions/0016, "attachments").

const NOTES_PATTERN =
  '/user/{userID}/monetary-account/{accountID}/payment/{paymentID}/note-attachment'

/** Pays 1.00 from c to d and answers the id of c's side of the payment. */
async function pay(c: TestClient, d: TestClient): Promise<number> {
  return (
    await c.ok('POST', `${accountPath(c)}/payment`, {
      body: {
        amount: { value: '1.00', currency: 'EUR' },
        counterparty_alias: await emailOf(d),
        description: 'lunch',
      },
    })
  ).json.Response[0].Id.id
}

async function stored(store: BankStore, collection: RegExp): Promise<number> {
  return (await store.load())?.generic.filter((o) => collection.test(o.collection)).length ?? 0
}

/** A bank with a saved store and two users: c topped up with 10.00, then paid d 1.00. */
async function paidPair(face: FaceFactory) {
  const store = createMemoryStore()
  const f = await face({}, store)
  const c = await f.client().bootstrap()
  const d = await f.client().bootstrap()
  await topUp(c, '10')
  const paymentId = await pay(c, d)
  return { store, f, c, d, paymentId }
}

describe.each(faces(0))('note-attachment on payments (%s)', (_name, face) => {
  it('uploads an account attachment as raw bytes and serves those bytes to its owner only', async () => {
    const f = await face()
    const c = await f.client().bootstrap()
    const d = await f.client().bootstrap()
    const bytes = imageBytes()
    const path = `${accountPath(c)}/attachment`
    const created = await upload(c, f.fetch, bytes, IMAGE, undefined, path)
    expect([created.status, created.headers.get('X-Practice-Bank-Emulation')]).toEqual([
      200,
      'semantic',
    ])
    const id = created.json.Response[0].Id.id
    expect(Number.isInteger(id)).toBe(true)

    // c.ok checks X-Bunq-Server-Signature with node:crypto over the raw answer bytes.
    const content = await c.ok('GET', `${path}/${id}/content`)
    expect(content.headers.get('Content-Type')).toBe('image/png')
    expect(Buffer.compare(content.raw, bytes)).toBe(0)

    // Private to the account: another user, or another account id, finds nothing.
    const other = await d.call('GET', `${accountPath(d)}/attachment/${id}/content`)
    expect([other.status, other.json.Error[0].error_description]).toEqual([
      404,
      'AttachmentMonetaryAccount not found.',
    ])
    const notMine = await d.call('GET', `${path}/${id}/content`)
    expect(notMine.status).toBe(404)

    const text = await upload(
      c,
      f.fetch,
      bytes,
      { 'Content-Type': 'text/plain', 'X-Bunq-Attachment-Description': 'x' },
      undefined,
      path,
    )
    expect([text.status, text.json.Error[0].error_description]).toEqual([
      400,
      expect.stringContaining('Content-Type'),
    ])
  })

  it('creates, lists, reads, updates and deletes notes that point at an attachment; no money moves', async () => {
    const { store, f, c, d, paymentId } = await paidPair(face)
    const before = await total(c, d)
    const upPath = `${accountPath(c)}/attachment`
    const first = (await upload(c, f.fetch, imageBytes(), IMAGE, undefined, upPath)).json
      .Response[0].Id.id
    const second = (await upload(c, f.fetch, imageBytes(), IMAGE, undefined, upPath)).json
      .Response[0].Id.id

    const notes = `${accountPath(c)}/payment/${paymentId}/note-attachment`
    const made = await c.ok('POST', notes, {
      body: { attachment_id: first, description: 'Receipt' },
    })
    expect(made.headers.get('X-Practice-Bank-Emulation')).toBe('semantic')
    const noteId = made.json.Response[0].Id.id
    const bare = (await c.ok('POST', notes, { body: { attachment_id: second } })).json.Response[0]
      .Id.id

    const read = (await c.ok('GET', `${notes}/${noteId}`)).json.Response[0].NoteAttachment
    expect(read).toMatchObject({
      id: noteId,
      description: 'Receipt',
      attachment: [{ id: first, monetary_account_id: c.accountId }],
    })
    expect(read.created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/)
    expect(read.label_user_creator.display_name).toEqual(expect.any(String))

    const listed = (await c.ok('GET', notes)).json.Response
    expect(listed.map((n: { NoteAttachment: { id: number } }) => n.NoteAttachment.id)).toEqual([
      bare,
      noteId,
    ])
    expect(listed[0].NoteAttachment.description).toBeUndefined()

    await c.ok('PUT', `${notes}/${noteId}`, { body: { description: 'Receipt, paid' } })
    await c.ok('PUT', `${notes}/${noteId}`, { body: { attachment_id: second } })
    expect((await c.ok('GET', `${notes}/${noteId}`)).json.Response[0].NoteAttachment).toMatchObject(
      { description: 'Receipt, paid', attachment: [{ id: second }] },
    )
    expect(await stored(store, /\/note-attachment$/)).toBe(2)

    await c.ok('DELETE', `${notes}/${noteId}`)
    const gone = await c.call('GET', `${notes}/${noteId}`)
    expect([gone.status, gone.json.Error[0].error_description]).toEqual([
      404,
      'NoteAttachment not found.',
    ])
    expect((await c.ok('GET', notes)).json.Response).toHaveLength(1)
    expect(await stored(store, /\/note-attachment$/)).toBe(1)
    expect(await total(c, d)).toBe(before)
  })

  it('refuses an unknown or foreign attachment naming attachment_id, and an unknown payment', async () => {
    const { store, f, c, d, paymentId } = await paidPair(face)
    const notes = `${accountPath(c)}/payment/${paymentId}/note-attachment`
    const theirs = (
      await upload(d, f.fetch, imageBytes(), IMAGE, undefined, `${accountPath(d)}/attachment`)
    ).json.Response[0].Id.id

    for (const body of [
      {},
      { attachment_id: 'one' },
      { attachment_id: 999999 },
      { attachment_id: theirs },
    ]) {
      const refused = await c.call('POST', notes, { body })
      expect(refused.status, JSON.stringify(body)).toBe(400)
      expect(refused.json.Error[0].error_description).toContain('attachment_id')
    }
    const mine = (
      await upload(c, f.fetch, imageBytes(), IMAGE, undefined, `${accountPath(c)}/attachment`)
    ).json.Response[0].Id.id
    const noPayment = await c.call('POST', `${accountPath(c)}/payment/999999/note-attachment`, {
      body: { attachment_id: mine },
    })
    expect([noPayment.status, noPayment.json.Error[0].error_description]).toEqual([
      404,
      'Payment not found.',
    ])
    // d's side of the same payment is d's; c cannot reach it through d's account.
    const foreign = await c.call('GET', `${accountPath(d)}/payment/${paymentId}/note-attachment`)
    expect(foreign.status).toBe(404)
    const noteId = (await c.ok('POST', notes, { body: { attachment_id: mine } })).json.Response[0]
      .Id.id
    const badUpdate = await c.call('PUT', `${notes}/${noteId}`, { body: { attachment_id: theirs } })
    expect([badUpdate.status, badUpdate.json.Error[0].error_description]).toEqual([
      400,
      expect.stringContaining('attachment_id'),
    ])
    expect(
      (await c.ok('GET', `${notes}/${noteId}`)).json.Response[0].NoteAttachment.attachment[0].id,
    ).toBe(mine)
    expect(await stored(store, /\/note-attachment$/)).toBe(1)
  })

  it('lists the hand-made rows among what the practice bank emulates', async () => {
    const f = await face()
    const rows = f.bank.emulates.filter((r) => r.pattern.startsWith(NOTES_PATTERN))
    expect(rows.map((r) => r.method).sort()).toEqual(['DELETE', 'GET', 'GET', 'POST', 'PUT'])
    expect(f.bank.emulates).toContainEqual({
      method: 'POST',
      pattern: '/user/{userID}/monetary-account/{accountID}/attachment',
    })
  })
})
