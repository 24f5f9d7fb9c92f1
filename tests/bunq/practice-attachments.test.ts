// The protocol core's typed attachment endpoints against the practice bank, on both faces (in
// process and the HTTP server on loopback): raw-byte uploads signed over those bytes, file
// answers verified over their bytes, notes on payments (docs/decisions/0016, "attachments").
import { createHash, createVerify, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPracticeBankServer } from '../../scripts/practice-bank-server'
import type { BunqClient } from '../../src/bunq/client'
import { sugarDaddyRequest } from '../../src/bunq/endpoints/request-inquiries'
import { ApiError } from '../../src/bunq/errors'
import type { ExchangeEvent } from '../../src/bunq/exchange'
import { TEST_OPTIONS, type PracticeBank } from '../../src/practice-bank'
import { onboard, onboardedClient, practiceServerClient } from './helpers/onboarded-client'
import { practiceBankOnFakeClock } from './helpers/practice-bank'

interface Face {
  client(events: ExchangeEvent[]): Promise<BunqClient>
  bank: PracticeBank | null
}

const device = { description: 'attachments test' }

async function inProcess(): Promise<Face> {
  const world = await practiceBankOnFakeClock()
  return {
    bank: world.bank,
    client: (events) =>
      onboardedClient(
        world,
        { onExchange: (e) => events.push(e), rateLimit: { enabled: false } },
        { device },
      ),
  }
}

let server: Awaited<ReturnType<typeof startPracticeBankServer>> | null = null
beforeAll(async () => {
  server = await startPracticeBankServer({ port: 0, ...TEST_OPTIONS })
})
afterAll(() => server?.close())

async function overHttp(): Promise<Face> {
  const url = server!.url
  return {
    bank: null,
    client: (events) =>
      onboard(practiceServerClient(url, { onExchange: (e) => events.push(e) }), { device }),
  }
}

/** A PNG signature, then bytes that are not UTF-8 (a text round trip would change them). */
const image = () =>
  new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), randomBytes(2048)]),
  )

describe.each([
  ['in process', inProcess],
  ['HTTP server', overHttp],
])('attachment endpoints of the protocol core (%s)', (_name, makeFace) => {
  it('uploads a public attachment signed over its raw bytes and reads the same bytes back', async () => {
    const face = await makeFace()
    const events: ExchangeEvent[] = []
    const alice = await face.client(events)
    const bytes = image()
    events.length = 0
    const uuid = await alice.publicAttachments.upload({
      bytes,
      contentType: 'image/png',
      description: 'avatar',
    })
    // The signature covers exactly the file's bytes: checked with node:crypto, not our code.
    const sent = events[0].raw
    expect(sent.request.headers['Content-Type']).toBe('image/png')
    expect(sent.request.headers['X-Bunq-Attachment-Description']).toBe('avatar')
    expect(sent.request.body).toBe(`[${bytes.length} bytes, image/png]`)
    expect(sent.clientSignature!.bodySha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(sent.clientSignature!.byteLength).toBe(bytes.length)
    const verified = createVerify('sha256')
      .update(bytes)
      .verify(alice.context.publicKeyPem!, sent.clientSignature!.signature, 'base64')
    expect(verified).toBe(true)

    expect(await alice.publicAttachments.get(uuid)).toMatchObject({
      uuid,
      attachment: { description: 'avatar', content_type: 'image/png' },
    })
    events.length = 0
    const file = await alice.publicAttachments.content(uuid)
    expect(file.contentType).toBe('image/png')
    expect(Buffer.compare(Buffer.from(file.bytes), Buffer.from(bytes))).toBe(0)
    expect(events[0].redacted.serverSignature).toBe('verified')
    expect(events[0].redacted.response!.body).toBe(`[${bytes.length} bytes, image/png]`)

    const avatar = await alice.avatars.create(uuid)
    const shown = await alice.call('GET', `/avatar/${avatar}`)
    expect(shown.items[0].value.image).toEqual([
      { attachment_public_uuid: uuid, content_type: 'image/png' },
    ])
  })

  it('notes a payment with an account attachment: create, list, read, update, delete', async () => {
    const face = await makeFace()
    const alice = await face.client([])
    const bob = await face.client([])
    const { account: a } = await alice.monetaryAccounts.primary()
    const { account: b } = await bob.monetaryAccounts.primary()
    await alice.requestInquiries.create(a.id, sugarDaddyRequest('10.00'))
    const iban = b.alias.find((x) => x.type === 'IBAN')!
    const paymentId = await alice.payments.create(a.id, {
      amount: { value: '2.50', currency: 'EUR' },
      counterparty_alias: { type: 'IBAN', value: iban.value, name: 'Bob' },
      description: 'receipt',
    })
    const bytes = image()
    const file = await alice.accountAttachments.upload(a.id, {
      bytes,
      contentType: 'image/jpeg',
      description: 'receipt scan',
    })
    const back = await alice.accountAttachments.content(a.id, file)
    expect(back.contentType).toBe('image/jpeg')
    expect(Buffer.compare(Buffer.from(back.bytes), Buffer.from(bytes))).toBe(0)

    const notes = alice.noteAttachments
    const id = await notes.create(a.id, paymentId, { attachment_id: file, description: 'Scan' })
    expect(await notes.get(a.id, paymentId, id)).toMatchObject({
      id,
      description: 'Scan',
      attachment: [{ id: file, monetary_account_id: a.id }],
    })
    await notes.update(a.id, paymentId, id, { description: 'Scan, paid' })
    expect((await notes.list(a.id, paymentId)).items.map((n) => n.description)).toEqual([
      'Scan, paid',
    ])
    const refused = await notes
      .create(a.id, paymentId, { attachment_id: 987654 })
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).status).toBe(400)
    expect((refused as ApiError).descriptions[0]).toContain('attachment_id')
    await notes.delete(a.id, paymentId, id)
    expect((await notes.list(a.id, paymentId)).items).toEqual([])
    // Notes move no money: 10.00 in, 2.50 out.
    expect((await alice.monetaryAccounts.get(a.id)).account.balance.value).toBe('7.50')
  })
})

describe('a file answer whose signature does not verify', () => {
  it('is refused, never handed out', async () => {
    const face = await inProcess()
    const events: ExchangeEvent[] = []
    const alice = await face.client(events)
    const uuid = await alice.publicAttachments.upload({
      bytes: image(),
      contentType: 'image/gif',
      description: 'x',
    })
    face.bank!.faults.corruptNextSignature()
    await expect(alice.publicAttachments.content(uuid)).rejects.toMatchObject({
      code: 'server-signature-invalid',
    })
    expect(events.at(-1)!.redacted.serverSignature).toBe('invalid')
  })
})
